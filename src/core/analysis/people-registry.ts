// Who is who across a document: later references ("Korolev", "he") resolve to the person first named
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
  let latest: Person | null = null;

  const resolve = (name: string): Person | null => {
    const exact = people.find((person) => person.name === name);
    if (exact) return exact;
    const tokens = name.split(/\s+/);
    // A later single surname or given name refers to the most recent full name containing it.
    if (tokens.length === 1) {
      for (let i = people.length - 1; i >= 0; i--) {
        const parts = (people[i] as Person).name.split(/\s+/);
        if (parts.length > 1 && (parts[parts.length - 1] === name || parts[0] === name)) return people[i] as Person;
      }
    }
    return null;
  };

  return {
    mention(name, role = null) {
      let person = resolve(name);
      if (!person) {
        person = { name, role: null };
        people.push(person);
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
