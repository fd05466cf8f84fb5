import { areaCodes, emailDomains, firstNames, lastNames } from './demo-leads.data';
import type { Random } from './demo-random';

/**
 * A maker of made-up buyers, unique within one run: `person(withEmail, withPhone)` returns a
 * full name from `firstNames` × `lastNames`, an email at a reserved example domain, and a
 * Seattle-area 555 number written the ways people type them (`(206) 555-0142`,
 * `+1 425 555 0199`…), which the API stores as E.164.
 */
export function createPeople(random: Random) {
  const names = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z.-]/g, '')
      .toLowerCase();
  return (withEmail: boolean, withPhone: boolean) => {
    let first = random.pick(firstNames);
    let last = random.pick(lastNames);
    while (names.has(`${first} ${last}`)) {
      first = random.pick(firstNames);
      last = random.pick(lastNames);
    }
    names.add(`${first} ${last}`);
    let email: string | null = null;
    if (withEmail) {
      const base = random.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}${last}`]);
      email = `${ascii(base)}@${random.pick(emailDomains)}`;
      for (let n = 2; emails.has(email); n++) {
        email = `${ascii(base)}${n}@${random.pick(emailDomains)}`;
      }
      emails.add(email);
    }
    let phone: string | null = null;
    if (withPhone) {
      let digits = '';
      do {
        digits = `${random.pick(areaCodes)}555${String(random.int(0, 9999)).padStart(4, '0')}`;
      } while (phones.has(digits));
      phones.add(digits);
      const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
      phone = random.pick([
        `(${a}) ${b}-${c}`,
        `${a}-${b}-${c}`,
        `+1 ${a} ${b} ${c}`,
        `${a}.${b}.${c}`,
      ]);
    }
    return { fullName: `${first} ${last}`, email, phone };
  };
}
