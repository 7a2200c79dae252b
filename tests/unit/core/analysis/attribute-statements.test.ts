import { describe, expect, it } from 'vitest';
import { analyzeText, article } from './analyze-text';

const statementsOf = (...paragraphs: string[]) => analyzeText(article('This opening paragraph sets the scene for the story.', ...paragraphs)).statements;

describe('attributed statements', () => {
  it("attributes 'according to X' to X, with the clause as the reported text", () => {
    const [statement] = statementsOf('According to the ministry of finance, the deficit will shrink next year.');
    expect(statement).toMatchObject({ speaker: 'The ministry of finance', kind: 'reported', text: 'the deficit will shrink next year' });
  });

  it("attributes a trailing ', according to X' to X", () => {
    const [statement] = statementsOf('The deficit will shrink next year, according to Maria Lopez.');
    expect(statement).toMatchObject({ speaker: 'Maria Lopez', kind: 'reported', text: 'The deficit will shrink next year' });
  });

  it("reads 'X said to Y that …' with Y as the outlet", () => {
    const [statement] = statementsOf('Professor Jonas Berg said to the BBC that the bridge was never safe.');
    expect(statement).toMatchObject({ speaker: 'Jonas Berg', outlet: 'BBC', kind: 'reported', text: 'the bridge was never safe' });
  });

  it("reads 'X told Y that …'", () => {
    const [statement] = statementsOf('Jonas Berg told reporters that the bridge was never safe.');
    expect(statement).toMatchObject({ speaker: 'Jonas Berg', outlet: 'reporters', text: 'the bridge was never safe' });
  });

  it.each([
    ['believes', 'The mayor believes that the tunnel will open in May.'],
    ['thinks', 'The mayor thinks the tunnel will open in May.'],
    ['emphasizes', 'The mayor emphasizes that the tunnel will open in May.'],
  ])("treats 'X %s …' as reported speech by X", (_verb, sentence) => {
    const [statement] = statementsOf(sentence);
    expect(statement).toMatchObject({ speaker: 'The mayor', kind: 'reported' });
    expect(statement?.text).toMatch(/the tunnel will open in May/);
  });

  it("keeps the verb for 'X suspects …' and 'X dismissed …', which report no clause", () => {
    const statements = statementsOf('Germany suspects the company of hiding its losses.', 'Officially, France dismissed the report as speculation.');
    expect(statements.map((s) => [s.speaker, s.speakerKind, s.text])).toEqual([
      ['Germany', 'country', 'suspects the company of hiding its losses'],
      ['France', 'country', 'dismissed the report as speculation'],
    ]);
  });

  it("reads '…, X said' after a reported clause", () => {
    const [statement] = statementsOf('The harvest was the worst in a decade, the farmers union said.');
    expect(statement).toMatchObject({ speaker: 'The farmers union', kind: 'reported', text: 'The harvest was the worst in a decade' });
  });

  it('takes direct quotes in quotation marks, with the speaker after or before the quote', () => {
    const statements = statementsOf('"We will rebuild the school," said Anna Kowalski, the head teacher.', 'Kowalski added: "The children deserve better than this."');
    expect(statements).toMatchObject([
      { speaker: 'Anna Kowalski', role: 'the head teacher', kind: 'direct', text: 'We will rebuild the school' },
      { speaker: 'Anna Kowalski', kind: 'direct', text: 'The children deserve better than this.' },
    ]);
  });

  it('reads British single quotation marks, apostrophes inside them included', () => {
    const statements = statementsOf('‘We don’t give up easily,’ said Owen Price, the club’s captain.');
    expect(statements).toMatchObject([{ speaker: 'Owen Price', kind: 'direct', text: 'We don’t give up easily', role: 'the club’s captain' }]);
  });

  it('gives an unattributed quote that follows to the same speaker', () => {
    const statements = statementsOf('"It was a hard season," Tom Reed said. "We learned a lot from it."');
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      ['Tom Reed', 'It was a hard season'],
      ['Tom Reed', 'We learned a lot from it.'],
    ]);
  });

  it('resolves a later surname and "he"/"she" to the person first named in full', () => {
    const statements = statementsOf(
      'Economist Sara Lind said that prices would fall.',
      'According to Lind, the fall will be slow.',
      'She also warned that wages would lag behind.',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Sara Lind', 'Sara Lind', 'Sara Lind']);
  });

  it('takes the role from an appositive and applies it to earlier statements of the same person', () => {
    const statements = statementsOf(
      'Peter Novak said that the dam is sound.',
      'According to Novak, an engineer at the University of Leeds, the cracks are old.',
    );
    expect(statements.map((s) => s.role)).toEqual(['an engineer at the University of Leeds', 'an engineer at the University of Leeds']);
    expect(statements[1]?.text).toBe('the cracks are old');
  });

  it('lets countries, outlets citing sources and groups speak', () => {
    const statements = statementsOf(
      'According to the US, the shipments continued.',
      'British Daily Courier newspaper according to diplomatic sources, the talks had failed.',
      'Some analysts think that the talks will resume.',
    );
    expect(statements.map((s) => [s.speaker, s.speakerKind])).toEqual([
      ['United States', 'country'],
      ['Daily Courier', 'organization'],
      ['Some analysts', 'group'],
    ]);
    expect(statements[1]?.role).toMatch(/citing diplomatic sources/);
  });

  it('resolves "it" to the country the previous sentence was about', () => {
    const statements = statementsOf('Canada is watching the border closely. It suspects smugglers of using the river.');
    expect(statements).toMatchObject([{ speaker: 'Canada', text: 'suspects smugglers of using the river' }]);
  });

  it('does not take passives, scare quotes or plain facts as statements', () => {
    expect(statementsOf('The mayor is expected to visit the site.', 'The report is suspected to be wrong.', 'The ministry uses the word "reform" often.', 'The river flooded the town.')).toEqual([]);
  });

  it('keeps every statement source an exact sentence of the document', () => {
    const text = article('Opening line of the piece.', '"We won," said Jo Park. Jo Park thinks that the team improved.', 'The club, according to the coach, is in good shape.');
    const analysis = analyzeText(text);
    const sentences = new Set(analysis.sentences.map((s) => s.text));
    expect(analysis.statements.length).toBeGreaterThan(0);
    for (const statement of analysis.statements) {
      expect(sentences.has(statement.source)).toBe(true);
      expect(text).toContain(statement.source);
    }
  });
});

describe('attributed statements in other shapes', () => {
  it('skips an age appositive and a time before "that"', () => {
    const statements = statementsOf('Ruth Adler, 64, said on Tuesday that the library must stay open.');
    expect(statements).toMatchObject([{ speaker: 'Ruth Adler', role: null, text: 'the library must stay open' }]);
  });

  it('takes a country and office in front of a name as the role ("US President Jane Roe")', () => {
    const [statement] = statementsOf('US President Jane Roe said that the talks would continue.');
    expect(statement).toMatchObject({ speaker: 'Jane Roe', role: 'US President', text: 'the talks would continue' });
  });

  it('gives a quotation left open at the end of a paragraph to the speaker named in the next one', () => {
    const statements = statementsOf('“The river rose faster than any model predicted. We had two hours to move everyone.', '“Next time we will be ready,” said fire chief Ida Berg.');
    expect(statements.map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['Ida Berg', 'direct', 'The river rose faster than any model predicted.'],
      ['Ida Berg', 'direct', 'We had two hours to move everyone.'],
      ['Ida Berg', 'direct', 'Next time we will be ready'],
    ]);
  });

  it('lets "a spokesperson for X" speak as a group', () => {
    const [statement] = statementsOf('A spokesperson for Northwind Logistics said that deliveries would resume.');
    expect(statement).toMatchObject({ speaker: 'A spokesperson for Northwind Logistics', kind: 'reported', text: 'deliveries would resume' });
  });

  it('takes "she says" after a quote, resolving "she" to the last person named', () => {
    const statements = statementsOf('Dr Mina Park studies glaciers.', '"The ice is thinning faster than we feared," she says.');
    expect(statements).toMatchObject([{ speaker: 'Mina Park', kind: 'direct', text: 'The ice is thinning faster than we feared' }]);
  });
});

describe('reported speech in wire style', () => {
  it("takes the clause before ', the company said on Tuesday, betting …' as the statement", () => {
    const [statement] = statementsOf(
      'A Dutch ferry operator will build a second terminal in northern Spain, the company said on Tuesday, betting that tourism will keep growing for years.',
    );
    expect(statement).toMatchObject({ speaker: 'The company', kind: 'reported', text: 'A Dutch ferry operator will build a second terminal in northern Spain' });
  });

  it('still reads the clause after the verb when the words before the speaker are only a short opener', () => {
    const [statement] = statementsOf('In a statement, the company said the terminal would open in 2027.');
    expect(statement).toMatchObject({ speaker: 'The company', text: 'the terminal would open in 2027' });
  });

  it('leaves when it was said out of the statement ("said in January it was …")', () => {
    const [statement] = statementsOf('The European Commission said in January it was studying the complaint.');
    expect(statement).toMatchObject({ speaker: 'European Commission', role: null, text: 'it was studying the complaint' });
  });

  it("names an organisation written with an acronym, its description as the role (\"the metalworkers' union IF Metall\")", () => {
    const [statement] = statementsOf("The metalworkers' union IF Metall said it feared that jobs in Gothenburg would be cut.");
    expect(statement).toMatchObject({ speaker: 'IF Metall', speakerKind: 'organization', role: "the metalworkers' union" });
  });

  it.each([
    ['criticised', 'Unions in Sweden criticised the decision.', 'Unions in Sweden', 'criticised the decision'],
    ['welcomed', 'The mayor welcomed the investment.', 'The mayor', 'welcomed the investment'],
    ['denied (a bare "that")', 'The company denied that.', 'The company', 'denied that'],
    ['condemned', 'The opposition condemned the plan.', 'The opposition', 'condemned the plan'],
  ])('takes "X %s …" as a statement with the verb kept', (_verb, sentence, speaker, text) => {
    const [statement] = statementsOf(sentence);
    expect(statement).toMatchObject({ speaker, kind: 'reported', text });
  });

  it("takes a possessive office before a name as the role (\"Poland's development minister, Tomasz Nowak, welcomed …\")", () => {
    const [statement] = statementsOf("Poland's development minister, Tomasz Nowak, welcomed the investment.");
    expect(statement).toMatchObject({ speaker: 'Tomasz Nowak', role: "Poland's development minister", text: 'welcomed the investment' });
  });

  it('reads "…," said its general secretary, Jane Roe with the name as speaker and the office as role', () => {
    const [statement] = statementsOf('"This is not about money at all," said its general secretary, Jane Roe.');
    expect(statement).toMatchObject({ speaker: 'Jane Roe', role: 'its general secretary', kind: 'direct' });
  });

  it('keeps a lower-case group after a capital that only opens the sentence ("Shop owners fear …")', () => {
    const [statement] = statementsOf('Shop owners fear that customers will go to the malls instead.');
    expect(statement).toMatchObject({ speaker: 'Shop owners', speakerKind: 'group' });
  });
});
