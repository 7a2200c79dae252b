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
    return name.includes(' ') ? null : (byWord.get(name) ?? null);
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
          byWord.set(parts[0] as string, person);
          byWord.set(parts[parts.length - 1] as string, person);
        }
      }
      if (role && !person.role) person.role = role;
      latest = person;
      return person;
    },
    resolve,
    last: () => latest,
    all: () => [...people],
  };
}
