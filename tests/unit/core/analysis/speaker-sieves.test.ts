// Who speaks, rule by rule, on small made-up documents (issue 12): interviews, bylines, scholars, roles after
// names, organisations and outlets, relayed chains, and the openers and fragments that are nobody.
import { describe, expect, it } from 'vitest';
import { isPlausibleSpeakerPhrase } from '../../../../src/core/analysis/speaker-phrase';
import { analyzeText, article } from './analyze-text';

const opening = 'This opening paragraph sets the scene for the story.';
const statementsOf = (...paragraphs: string[]) => analyzeText(article(opening, ...paragraphs)).statements;
const speakersOf = (...paragraphs: string[]) => [...new Set(statementsOf(...paragraphs).map((statement) => statement.speaker))];

describe('interviews', () => {
  const interview = article(
    'Talking Tides: an interview with Ada Roe',
    'Ada Roe has run the harbour school for twenty years.',
    'Q: What brought you to the harbour?',
    'ADA ROE: I grew up near the docks and never wanted to leave them.',
    'Q: Will the ferry come back?',
    'ADA ROE: Yes, the council has promised it for May.',
    'It will run twice a day.',
  );

  it('gives every answer to the person answering, and the questions to no one', () => {
    const analysis = analyzeText(interview);
    expect(analysis.interview).toBe(true);
    const answers = analysis.statements.filter((statement) => statement.kind === 'direct');
    expect(answers.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Ada Roe', 'I grew up near the docks and never wanted to leave them.'],
      ['Ada Roe', 'Yes, the council has promised it for May.'],
      // A paragraph without a label goes on with the answer before it.
      ['Ada Roe', 'It will run twice a day.'],
    ]);
  });

  it('makes a slide per question, headed by the question, with bullets from the answer', () => {
    const { sections } = analyzeText(interview);
    expect(sections.map((section) => section.heading).filter(Boolean)).toEqual(['What brought you to the harbour?', 'Will the ferry come back?']);
    const ferry = sections.find((section) => section.heading === 'Will the ferry come back?');
    expect(ferry?.bullets.map((bullet) => bullet.source).join(' ')).not.toMatch(/\?/);
  });

  it('reads "Name:" labels in mixed case and takes "The President." for the byline\'s president', () => {
    const mixed = analyzeText(article('President: Jane Roe', 'Q. Madam President, is the bridge safe?', 'THE PRESIDENT. It is safe, and it will stay open.', 'Q. And the tunnel?', 'THE PRESIDENT. The tunnel opens in June.'));
    expect(new Set(mixed.statements.map((statement) => statement.speaker))).toEqual(new Set(['Jane Roe']));
    const named = analyzeText(article('Interviewer: Where do you fish?', 'Ben Oduya: Off the north pier, mostly.', 'Interviewer: Since when?', 'Ben Oduya: Since I was nine years old.'));
    expect(named.statements.map((statement) => statement.speaker)).toEqual(['Ben Oduya', 'Ben Oduya']);
  });
});

describe('the author of a speech or first-person text', () => {
  it('takes the speaker from a "President: Name" first line, with the office as the role', () => {
    const analysis = analyzeText(article('President: Jane Roe', 'My fellow citizens, tonight I can report that the bridge is finished.', 'We built it together.'));
    expect(analysis.author).toEqual({ name: 'Jane Roe', role: 'President' });
    expect(analysis.statements).toMatchObject([{ speaker: 'Jane Roe', role: 'President', kind: 'direct', text: 'My fellow citizens, tonight I can report that the bridge is finished.' }]);
  });

  it('takes the speaker from a Markdown byline under the title', () => {
    const analysis = analyzeText('# Address to the Harbour Guild\n\n*Mayor Ada Roe, April 4, 2021*\n\nI have come to speak about the ferry and its future.\n', 'markdown', 'speech.md');
    expect(analysis.author).toEqual({ name: 'Ada Roe', role: 'Mayor' });
    expect(analysis.statements.map((statement) => statement.speaker)).toEqual(['Ada Roe']);
  });

  it('does not give the author the "I" of a letter they quote', () => {
    const analysis = analyzeText(article('By Ada Roe', 'My grandfather wrote from the front, “I miss the harbour and the gulls.”'));
    expect(analysis.statements.map((statement) => statement.speaker)).not.toContain('Ada Roe');
  });
});

describe('scholars', () => {
  it.each([
    ['Mira Castell argues that tides shape towns.', 'Mira Castell'],
    ['According to Ilse Varga (1990), trade follows the ferries.', 'Ilse Varga'],
    ['Lena Ohm (2004) holds that harbours are public goods.', 'Lena Ohm'],
    ['Tomas Pell, who studied ports for decades, rejected the plan.', 'Tomas Pell'],
    ['As Tomas Brun once put it, “a harbour is a promise kept.”', 'Tomas Brun'],
    ['Teodor Rask held the view that change is an illusion.', 'Teodor Rask'],
  ])('%s', (sentence, speaker) => {
    expect(speakersOf(sentence)).toEqual([speaker]);
  });

  it('lets two scholars argue together', () => {
    expect(speakersOf('In a new report, Ada Roe and Ben Oduya argue that the port must grow to survive the next decade.')).toEqual(['Ada Roe', 'Ben Oduya']);
  });

  it('resolves "he" to the scholar a sentence was about', () => {
    expect(speakersOf('Jonas Vik rejected the old accounts of the tides.', 'He argued that the moon moves the sea.')).toEqual(['Jonas Vik']);
  });
});

describe('officials, organisations and outlets', () => {
  it('takes the role after the name, abbreviations and all', () => {
    const [statement] = statementsOf('“We are ready,” said Sam Dorn, the program manager at the Harbour Lab in Brill, Calif., who led the team.');
    expect(statement).toMatchObject({ speaker: 'Sam Dorn', kind: 'direct' });
    expect(statement?.role).toMatch(/^the program manager at the Harbour Lab in Brill, Calif\./);
  });

  it('names courts, ministries, councils and papers as speakers, and outlets as whom it was said to', () => {
    const statements = statementsOf(
      'The court ruled that the strike was legal.',
      'The transport ministry said in a statement that fares would rise.',
      'The Harbour Gazette reported that the ferry had been sold.',
      'Ada Roe told the Evening Courier that she would stand again.',
    );
    expect(statements.map((statement) => [statement.speaker, statement.outlet])).toEqual([
      ['The court', null],
      ['The transport ministry', null],
      ['Harbour Gazette', null],
      ['Ada Roe', 'Evening Courier'],
    ]);
  });

  it('keeps a possessive that is part of an organisation’s name', () => {
    expect(speakersOf('Eastland’s Transport Ministry rejected the claim that fares would rise.')).toEqual(['Eastland’s Transport Ministry']);
    expect(speakersOf('Harrowby’s said sales rose in May.')).toEqual(['Harrowby’s']);
  });

  it('lets the expert speak, not the institute they come from', () => {
    const [statement] = statementsOf('Tide expert Ana Vell from the Coastal Institute told the Gazette that the wall would hold.');
    expect(statement).toMatchObject({ speaker: 'Ana Vell', outlet: 'Gazette' });
    expect(statement?.role).toMatch(/Coastal Institute/);
  });

  it('reads "is quoted in X as saying" with X as the outlet', () => {
    const [statement] = statementsOf('Mara Quist, a spokeswoman for the firm, is quoted in the Daily Courier as saying, “We did nothing wrong.”');
    expect(statement).toMatchObject({ speaker: 'Mara Quist', outlet: 'Daily Courier', role: 'a spokeswoman for the firm' });
  });

  it('follows a relayed chain: a spokesman to local media, citing the navy', () => {
    const [statement] = statementsOf('A police spokesman told local media, citing the navy, that the boat had sunk near the pier.');
    expect(statement).toMatchObject({ speaker: 'A police spokesman', outlet: 'local media' });
    expect(statement?.role).toMatch(/citing the navy/);
  });

  it('reads a participle after a clause and a message "from" someone', () => {
    expect(speakersOf('The mayor closed the bridge on Monday, saying the cables were unsafe.')).toEqual(['The mayor']);
    expect(speakersOf('I had a telegram from the governor of Eastland advising that the roads were closed.')).toEqual(['The governor of Eastland']);
  });

  it('resolves "he" to the person the sentence before was about, and keeps a surname with the first full name', () => {
    expect(speakersOf('Oskar Lind was the auctioneer.', 'He told the Gazette, “It was a fine day for the harbour.”')).toEqual(['Oskar Lind']);
    expect(speakersOf('Wilma Holt won the vote.', 'She and her husband, Karl Holt, moved here in 1994.', 'Holt said the town had changed.')).toEqual(['Wilma Holt']);
  });
});

describe('nobody speaks', () => {
  it.each(['Alas', 'Since they', 'Let me', 'If we', 'of State', 'List and briefly', 'The inner voice', 'Elite theory', 'Research in Eastland', 'Governments must protect this right also', 'Unlike Ada'])(
    '"%s" is no speaker',
    (phrase) => {
      expect(isPlausibleSpeakerPhrase(phrase)).toBe(false);
    },
  );

  it.each(['The harbour board', 'Ada Roe', 'US President Jane Roe', 'Some analysts', 'Others'])('"%s" can speak', (phrase) => {
    expect(isPlausibleSpeakerPhrase(phrase)).toBe(true);
  });

  it('finds no speaker in openers, instructions, objects of feeling or declared wars', () => {
    expect(
      statementsOf(
        'Describe the reasons why the ferries stopped.',
        'Since they left, the harbour has been quiet.',
        'Tonight, they feel the satisfaction of their work.',
        'The rebels had declared war on the town.',
        'Poorly thought out plans demolished the old quay.',
        'Rather than a fleeting emotional state, calm is a habit.',
      ),
    ).toEqual([]);
  });
});

describe('a panel of voices under headings', () => {
  it('gives each section to the person its heading names, with the heading as the role', () => {
    const markdown = [
      '# What would you change first?',
      '## Ada Roe, Professor of Tides, Harbour University, Lisbon',
      'Build the sea wall before anything else.',
      '## Ben Oduya, Fisherman, North Pier',
      'Lower the mooring fees for small boats.',
      '## Carla Minh, Mayor of Eastbay',
      'Bring the ferry back every morning.',
    ].join('\n\n');
    const analysis = analyzeText(markdown, 'markdown', 'panel.md');
    expect(analysis.statements.map((statement) => [statement.speaker, statement.role])).toEqual([
      ['Ada Roe', 'Professor of Tides, Harbour University, Lisbon'],
      ['Ben Oduya', 'Fisherman, North Pier'],
      ['Carla Minh', 'Mayor of Eastbay'],
    ]);
  });
});

// Failure classes seen on held-out documents (tests/fixtures/corpus, the 2026-12 additions), pinned on made-up text.
describe('transcripts with honorific labels', () => {
  it('reads "MS. ROE:" answers and bare "Q" questions, naming the speaker in full from the title', () => {
    const transcript = article(
      'Press Gaggle by Harbour Master Ada Roe and Pilot Ben Oduya',
      'MS. ROE: Good morning. The ferry will run again on Monday.',
      'Q Thanks. You said Monday. Will it stop at the north pier, and how often?',
      'MR. ODUYA: It will, twice a day, from the first week.',
      'Q And the fares — will they go up for the people who use it every day?',
      'MS. ROE: The fares stay as they are this year.',
    );
    const analysis = analyzeText(transcript);
    expect(analysis.interview).toBe(true);
    expect(analysis.statements.map((statement) => statement.speaker)).toEqual(['Ada Roe', 'Ben Oduya', 'Ada Roe']);
  });
});

describe('authors named only in a title', () => {
  it('takes a letter’s writer from a "Name to the …" title', () => {
    const analysis = analyzeText('# Ada Roe to the Members of the Harbour Guild\n\nI thank you for the kind words you sent me this spring.\n', 'markdown', 'letter.md');
    expect(analysis.author).toEqual({ name: 'Ada Roe', role: null });
    expect(analysis.statements.map((statement) => statement.speaker)).toEqual(['Ada Roe']);
  });

  it('does not take "the cordial welcome" for someone welcoming', () => {
    expect(statementsOf('The cordial welcome you gave the sailors was a delight to all of them.')).toEqual([]);
  });
});

describe('names, offices and descriptions around the speaker', () => {
  it.each([
    ['Minister of Information Tomas Veer said that the port would reopen.', 'Tomas Veer'],
    ['Minister of Foreign Affairs Ana Soto said that the talks would resume.', 'Ana Soto'],
    ['Human reason, according to Ilse Varga, must always come second.', 'Ilse Varga'],
    ['Ada Roe — leader of the harbour party since 2004 — said on Monday that the ferry would return.', 'Ada Roe'],
    ['One of the leaders of the strike, Ben Oduya, called a meeting and stated that the pier was unsafe.', 'Ben Oduya'],
    ['Norwegian officials said that the port was closed for the winter.', 'Norwegian officials'],
  ])('%s', (sentence, speaker) => {
    expect(speakersOf(sentence)).toEqual([speaker]);
  });

  it('keeps the office after "of" as the role', () => {
    const [statement] = statementsOf('Minister of Information Tomas Veer said that the port would reopen.');
    expect(statement?.role).toBe('Minister of Information');
  });

  it('reads an Arabic article in a name, and the sentence-initial "Al-" as the same person', () => {
    const statements = statementsOf('Interim President Karim al-Haddad said that the charter would last five years.', '“It is the start of a new history,” Al-Haddad said.');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Karim al-Haddad', 'Karim al-Haddad']);
  });

  it('takes a description without an article, or a participle, between the name and "told"', () => {
    const statements = statementsOf(
      'Mara Quist, sister of one of the sailors, told the Gazette news service she doubted the trial would change anything.',
      'Lawyer Ida Brenn, representing the families, told Radio Eastland she expects a long trial.',
    );
    expect(statements.map((statement) => [statement.speaker, statement.role, statement.outlet, statement.text])).toEqual([
      ['Mara Quist', 'sister of one of the sailors', 'Gazette', 'she doubted the trial would change anything'],
      ['Ida Brenn', 'Lawyer', 'Radio Eastland', 'she expects a long trial'],
    ]);
  });

  it('gives "the mayor" to the mayor named before', () => {
    expect(speakersOf('Mayor Ana Soto opened the new bridge.', 'The mayor declared that the bridge was safe for trucks.')).toEqual(['Ana Soto']);
  });

  it('lets organisations denounce and mention', () => {
    expect(speakersOf('The dockers’ union denounced the delay as a betrayal.', 'The Harbour Gazette does mention: twenty boats were lost in the storm.')).toEqual(['The dockers’ union', 'Harbour Gazette']);
  });

  it('continues a speaker’s quote only in a sentence that is all quotation', () => {
    const statements = statementsOf('“We will rebuild the quay,” said Ada Roe.', 'The charter justifies the new clause “to ensure fair representation and efficiency.”');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Ada Roe']);
  });
});

describe('quotations introduced by a line ending in a colon', () => {
  it('gives the next paragraph to the blogger or account the line names, with the blog as the outlet', () => {
    const statements = statementsOf(
      'In the blogosphere, Ada Roe of Tidewatch writes:',
      'I do not see any chance of an agreement this year.',
      'Ben Oduya @benoduya:',
      'There are no boats left in the harbour tonight.',
    );
    expect(statements.map((statement) => [statement.speaker, statement.outlet, statement.kind, statement.text])).toEqual([
      ['Ada Roe', 'Tidewatch', 'direct', 'I do not see any chance of an agreement this year.'],
      ['Ben Oduya', null, 'direct', 'There are no boats left in the harbour tonight.'],
    ]);
  });

  it('does not hand a list to whoever a colon line happens to name', () => {
    expect(statementsOf('The report lists three reasons:', 'The wall is old, the sand moves and the money ran out.')).toEqual([]);
  });
});

describe('more that is nobody', () => {
  it('does not read a verb inside a compound word, nor the document’s own sections, as someone speaking', () => {
    expect(statementsOf('Well-written notes help you keep track of the lecture.', 'Sections II and III describe the ways the harbour changed.', 'Section IV describes the new ferry routes.')).toEqual([]);
  });

  it('does not take "strictly according to the plan" for a source', () => {
    expect(statementsOf('The results were analysed strictly according to the original study plan.')).toEqual([]);
  });

  it('lets "others" speak only after a group did', () => {
    expect(speakersOf('Still, others suggest the fire was set on purpose by the owners.')).toEqual([]);
    expect(speakersOf('Some analysts think that the port will close.', 'Others argue that the port will grow.')).toEqual(['Some analysts', 'Others']);
  });
});

describe('sources named with their work', () => {
  it('ends the source at the title of their article', () => {
    const [statement] = statementsOf('According to educator Lina Marsh in an article entitled “The Power of Harbour Maps,” this method works because “pictures give you a second way to remember the route.”');
    expect(statement?.speaker).toBe('Lina Marsh');
  });

  it('keeps a campaign an organisation, so the candidate’s surname stays the candidate', () => {
    expect(speakersOf('The campaign of Ada J. Roe showed interest in the leaks.', 'A Roe Campaign adviser met the envoy in May.', 'Around the same time, candidate Roe announced that she hoped the files would be found.')).toEqual(['Ada J. Roe']);
  });

  it('makes a group of "many Christians"', () => {
    expect(statementsOf('Ultimately, many Christians concluded that the Bible should guide the state.')).toMatchObject([{ speaker: 'Many Christians', speakerKind: 'group' }]);
  });
});

describe('quotations of several sentences and late speakers', () => {
  it('gives every sentence of a quotation to the speaker named after its last one', () => {
    const statements = statementsOf('Ada Roe runs the harbour school. “The boats are old. The engines are worse. Nobody has paid for repairs in years,” she said.');
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Ada Roe', 'The boats are old.'],
      ['Ada Roe', 'The engines are worse.'],
      ['Ada Roe', 'Nobody has paid for repairs in years'],
    ]);
  });

  it('or named before its first one', () => {
    const statements = statementsOf('Ben Oduya said: “We asked the council twice. We even wrote to the minister.”');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Ben Oduya', 'Ben Oduya']);
  });

  it('reads "…, she said, noting that …" and "He noted that …" as reported speech', () => {
    const statements = statementsOf('Ada Roe runs the harbour school.', 'The ferry will not run this winter, she said, noting that the engines were too old.', 'Ben Oduya chairs the pilots.', 'He noted that the storm had damaged the pier.');
    expect(statements.map((statement) => [statement.speaker, statement.kind, statement.text])).toEqual([
      ['Ada Roe', 'reported', 'The ferry will not run this winter'],
      ['Ben Oduya', 'reported', 'the storm had damaged the pier'],
    ]);
  });

  it('keeps "Minister of Information" with the name where the text also writes "the minister"', () => {
    const [statement] = statementsOf('Minister of Information Tomas Veer said the port would reopen in May.', 'The minister spoke for an hour.');
    expect(statement).toMatchObject({ speaker: 'Tomas Veer', role: 'Minister of Information' });
  });

  it('takes a name alone under the title as the byline of a first-person text', () => {
    const analysis = analyzeText(article('Remarks on the Harbour', 'Ada Roe', 'I am glad to be here tonight. We rebuilt the pier together.'));
    expect(analysis.author).toEqual({ name: 'Ada Roe', role: null });
    expect(analysis.statements.map((statement) => statement.speaker)).toEqual(['Ada Roe']);
  });
});

describe('a speaker described first and named after', () => {
  it('gives the description’s words to the name the next sentence gives without a description', () => {
    const statements = statementsOf('A spokesman for Mayor Ada Roe rejected the accusations of the pilots.', '“The pier is safe and it stays open,” Ben Oduya told the Gazette.');
    expect(statements.map((statement) => [statement.speaker, statement.role])).toEqual([
      ['Ben Oduya', 'a spokesman for Mayor Ada Roe'],
      ['Ben Oduya', 'a spokesman for Mayor Ada Roe'],
    ]);
  });

  it('leaves them apart when the named person has a description of their own', () => {
    const statements = statementsOf('A spokesman for the army said that the road was closed.', 'Ben Oduya, a local farmer, said that he had not seen soldiers.');
    expect(statements.map((statement) => statement.speaker)).toEqual(['A spokesman for the army', 'Ben Oduya']);
  });
});

describe('second held-out round', () => {
  it('reads remarks by two people labelled in capitals, with no questioner', () => {
    const remarks = article(
      'Remarks by Mayor Roe and Governor Oduya Before Their Meeting',
      'MAYOR ROE: Thank you for coming. The harbour has no better friend than the state.',
      'We have a big agenda today.',
      'GOVERNOR ODUYA: Thank you, Mayor. The ferry matters to all of us.',
      'MAYOR ROE: Then let us get to work on it this morning.',
    );
    expect([...new Set(analyzeText(remarks).statements.map((statement) => statement.speaker))]).toEqual(['Mayor Roe', 'Governor Oduya']);
  });

  it('keeps a party in front of an office in the title, and a stray comma before "told"', () => {
    const statements = statementsOf('“The deal is a good start for the harbour,” Republican Representative Ada Roe, told VOA.');
    expect(statements).toMatchObject([{ speaker: 'Ada Roe', role: 'Republican Representative', outlet: 'VOA' }]);
  });

  it('finds the name after a description in lower case, and names with digits', () => {
    expect(speakersOf('British foreign minister Ada Roe echoed the view in interviews, saying, “now is the time for a ceasefire with no conditions.”')).toEqual(['Ada Roe']);
    expect(speakersOf('G7 members also emphasized that the strait must stay open to all ships.')).toEqual(['G7 members']);
  });

  it('cuts a speaker phrase at "as" and drops a verb before a noun like "hope"', () => {
    expect(speakersOf('The statement comes as the harbour board said that the pier would close.')).toEqual(['The harbour board']);
    expect(speakersOf('Lawmakers also expressed hope that the ferry would return.')).toEqual(['Lawmakers']);
  });

  it('gives a blockquote of two paragraphs, and an aside "as X points out in the blog Y", to the one named', () => {
    const statements = statementsOf(
      'At the Harbour Times, Ada Roe says:',
      '“The pilots are offended every time the board visits.',
      'The board has not talked publicly about the two boats.”',
      'But one thing is certain, as Ben points out in the blog Ben’s Pier - everyone wants the boats back:',
      'I hope that the two boats return safely before the winter.',
    );
    expect(statements.map((statement) => [statement.speaker, statement.outlet])).toEqual([
      ['Ada Roe', 'Harbour Times'],
      ['Ada Roe', 'Harbour Times'],
      ['Ben', 'Ben’s Pier'],
    ]);
  });

  it('does not let "his presence" speak, nor the author speak in someone else’s long quotation', () => {
    expect(statementsOf('His presence would acknowledge the town’s need for a new pier.')).toEqual([]);
    const analysis = analyzeText(article('By Ada Roe', 'Ben Oduya wrote from the pier, "The storm has passed. I hope the boats come home soon."', 'I read his letter twice that night.'));
    expect(analysis.statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Ben Oduya', 'The storm has passed.'],
      ['Ben Oduya', 'I hope the boats come home soon.'],
      ['Ada Roe', 'I read his letter twice that night.'],
    ]);
  });
});

describe('expository prose: the writer’s hypotheticals are nobody’s statements', () => {
  it('finds no speaker in “Someone might argue”, “Suppose X … she concludes” or “The framework suggests”', () => {
    const speakers = speakersOf(
      'Suppose Mirela is choosing between two projects. If the benefits exceed the costs, she concludes that the project is worth doing.',
      'Someone might argue: “The formula requires far more knowledge than any player has.”',
      'The trade-off framework suggests that people weigh costs against benefits at the margin.',
    );
    expect(speakers).not.toContain('Suppose Mirela');
    expect(speakers.some((speaker) => /someone|framework/i.test(speaker))).toBe(false);
  });
});
