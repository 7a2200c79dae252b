// The part of the DOM the readers use, typed here because host code compiles without the DOM library;
// linkedom supplies it (it parses only: no script runs, nothing is fetched).
import { DOMParser, parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export function parseXmlDocument(text: string): DomDocument {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as DomDocument;
}

export function parseHtmlDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}
