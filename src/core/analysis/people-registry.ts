// Who is who across a document: later references ("Berg", "she") resolve to the person first named
// in full, and a role given once (an appositive) stays with the person.

export interface Person {
  name: string;
  role: string | null;
}

export interface PeopleRegistry {
  /** Records a full name (and its role when known); returns the canonical person. */
  mention(name: string, role?: string | null): Person;
  /** The person a surname, given name or full name refers to, if one was named before. */
  resolve(name: string): Person | null;
  /** The person most recently mentioned, for "he"/"she". */
  last(): Person | null;
  /** "the Governor", "the Secretary": the person most recently named with that office. */
  byOffice(office: string): Person | null;
  all(): Person[];
}

export function createPeopleRegistry(): PeopleRegistry {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  // The latest full name whose first or last word is this word: "Berg" -> "Anna Berg".
  const byWord = new Map<string, Person>();
  let latest: Person | null = null;

  const resolve = (name: string): Person | null => {
    const exact = byName.get(name);
    if (exact) return exact;
    // A later single surname or given name refers to the most recent full name containing it.
    if (name.includes(' ')) return null;
    // "Al-Roe" opening a sentence is the "al-Roe" of the full name.
    const article = /^(A|E)l-/.exec(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : null;
    return byWord.get(name) ?? (article ? (byWord.get(article) ?? null) : null);
  };

  return {
    mention(name, role = null) {
      let person = resolve(name);
      if (!person) {
        person = { name, role: null };
        people.push(person);
        byName.set(name, person);
        const parts = name.split(/\s+/);
        if (parts.length > 1) {
          // A given name follows the latest person who has it; a surname stays with the first one named in
          // full ("Ada Roe … her husband, Ben Roe … Roe said" is still Ada Roe, as news style writes it).
          byWord.set(parts[0] as string, person);
          const surname = parts[parts.length - 1] as string;
          if (!byWord.has(surname)) byWord.set(surname, person);
        }
      }
      if (role && !person.role) person.role = role;
      latest = person;
      return person;
    },
    resolve,
    last: () => latest,
    byOffice(office) {
      const word = office.toLowerCase().replace(/^the\s+/, '').split(/\s+/)[0] ?? '';
      if (!word) return null;
      for (let i = people.length - 1; i >= 0; i -= 1) {
        const person = people[i] as Person;
        if (person.role && person.role.toLowerCase().split(/\s+/).includes(word)) return person;
      }
      return null;
    },
    all: () => [...people],
  };
}
