// Reopening a deck offers to go back to where the last talk with it stopped. The offer is a quiet
// bar that goes away by itself: presenting from the first slide needs no answer.
import type { PresenterMemory } from '../../shared/api';
import type { RevealApi } from '../reveal-types';
import './resume-offer.css';

const offerSeconds = 20;

export function offerToResume(reveal: RevealApi, slide: PresenterMemory['slide']): void {
  const target = reveal.getSlide(slide.h, slide.v);
  // Nothing to resume at the start, nor at a slide the deck no longer has.
  if ((slide.h === 0 && slide.v === 0) || !target) return;
  const number = reveal.getSlidePastCount(target) + 1;
  const bar = document.createElement('div');
  bar.className = 'docent-resume';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', 'Resume');
  const text = document.createElement('span');
  text.textContent = `Last time you stopped at slide ${number}.`;
  const resume = Object.assign(document.createElement('button'), { type: 'button', textContent: `Resume at slide ${number}` });
  const dismiss = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Start from the beginning' });
  bar.append(text, resume, dismiss);
  const close = () => {
    window.clearTimeout(timer);
    bar.remove();
  };
  const timer = window.setTimeout(close, offerSeconds * 1000);
  resume.addEventListener('click', () => {
    close();
    reveal.slide(slide.h, slide.v, slide.f);
  });
  dismiss.addEventListener('click', close);
  // Moving on in the deck is an answer too.
  reveal.on('slidechanged', close);
  document.body.append(bar);
}
