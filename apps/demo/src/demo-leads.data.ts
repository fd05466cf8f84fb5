/**
 * Made-up but realistic material for the demo's sales pipeline: the agency's staff, names of
 * buyers, King County neighbourhoods by ZIP code (the listings' `PostalCode`), the routing
 * regions built from them, and the phrases agents write. No real people: emails use the
 * reserved `.example` domains and phone numbers the 555 exchange.
 */

/** One of the agency's staff. `agent` settings make them routable (see `agents.availability`). */
export interface DemoStaffMember {
  readonly name: string;
  readonly email: string;
  readonly role: 'manager' | 'agent';
  readonly agent?: {
    readonly capacityWeight: number;
    /** Mon–Fri office hours in Seattle's time zone. */
    readonly officeHours?: boolean;
    /** On holiday from 3 days ago for 12 days. */
    readonly away?: boolean;
  };
}

export const demoStaff: readonly DemoStaffMember[] = [
  { name: 'Grace Whitfield', email: 'grace.whitfield@harbourhill.example', role: 'manager' },
  {
    name: 'Maya Chen',
    email: 'maya.chen@harbourhill.example',
    role: 'agent',
    agent: { capacityWeight: 1.5 },
  },
  {
    name: 'Daniel Okafor',
    email: 'daniel.okafor@harbourhill.example',
    role: 'agent',
    agent: { capacityWeight: 1 },
  },
  {
    name: 'Priya Raman',
    email: 'priya.raman@harbourhill.example',
    role: 'agent',
    agent: { capacityWeight: 1.25 },
  },
  {
    name: 'Lucas Martínez',
    email: 'lucas.martinez@harbourhill.example',
    role: 'agent',
    agent: { capacityWeight: 1, officeHours: true },
  },
  {
    name: 'Hannah Schmidt',
    email: 'hannah.schmidt@harbourhill.example',
    role: 'agent',
    agent: { capacityWeight: 0.75 },
  },
  {
    name: 'Samuel Adeyemi',
    email: 'samuel.adeyemi@harbourhill.example',
    role: 'agent',
    agent: { capacityWeight: 1, away: true },
  },
];

/** Neighbourhood (or town) of each King County ZIP code in the sales file. */
export const areaByZip: Readonly<Record<string, string>> = {
  '98001': 'Auburn',
  '98002': 'Auburn',
  '98003': 'Federal Way',
  '98004': 'Bellevue',
  '98005': 'Bellevue',
  '98006': 'Bellevue',
  '98007': 'Bellevue',
  '98008': 'Bellevue',
  '98010': 'Black Diamond',
  '98011': 'Bothell',
  '98014': 'Carnation',
  '98019': 'Duvall',
  '98022': 'Enumclaw',
  '98023': 'Federal Way',
  '98024': 'Fall City',
  '98027': 'Issaquah',
  '98028': 'Kenmore',
  '98029': 'Issaquah',
  '98030': 'Kent',
  '98031': 'Kent',
  '98032': 'Kent',
  '98033': 'Kirkland',
  '98034': 'Kirkland',
  '98038': 'Maple Valley',
  '98039': 'Medina',
  '98040': 'Mercer Island',
  '98042': 'Kent',
  '98045': 'North Bend',
  '98052': 'Redmond',
  '98053': 'Redmond',
  '98055': 'Renton',
  '98056': 'Renton',
  '98058': 'Renton',
  '98059': 'Renton',
  '98065': 'Snoqualmie',
  '98070': 'Vashon',
  '98072': 'Woodinville',
  '98074': 'Sammamish',
  '98075': 'Sammamish',
  '98077': 'Woodinville',
  '98092': 'Auburn',
  '98102': 'Eastlake',
  '98103': 'Fremont',
  '98105': 'University District',
  '98106': 'Delridge',
  '98107': 'Ballard',
  '98108': 'Georgetown',
  '98109': 'Queen Anne',
  '98112': 'Madison Park',
  '98115': 'Wedgwood',
  '98116': 'West Seattle',
  '98117': 'Crown Hill',
  '98118': 'Columbia City',
  '98119': 'Queen Anne',
  '98122': 'Central District',
  '98125': 'Lake City',
  '98126': 'West Seattle',
  '98133': 'Bitter Lake',
  '98136': 'West Seattle',
  '98144': 'Beacon Hill',
  '98146': 'Burien',
  '98148': 'Burien',
  '98155': 'Shoreline',
  '98166': 'Burien',
  '98168': 'Tukwila',
  '98177': 'Shoreline',
  '98178': 'Rainier Beach',
  '98188': 'SeaTac',
  '98198': 'Des Moines',
  '98199': 'Magnolia',
};

const zipsOf = (test: (zip: number) => boolean) =>
  Object.keys(areaByZip).filter((zip) => test(Number(zip)));

/** ZIP codes of the City of Seattle. */
export const seattleZips = zipsOf(
  (z) =>
    z >= 98102 &&
    z <= 98199 &&
    ![98146, 98148, 98155, 98166, 98168, 98177, 98188, 98198].includes(z),
);
/** ZIP codes east of Lake Washington. */
export const eastsideZips = zipsOf((z) =>
  [
    98004, 98005, 98006, 98007, 98008, 98011, 98014, 98019, 98024, 98027, 98028, 98029, 98033,
    98034, 98039, 98040, 98045, 98052, 98053, 98065, 98072, 98074, 98075, 98077,
  ].includes(z),
);
/** Everything else: South King County, the airport towns and Vashon. */
export const southZips = Object.keys(areaByZip).filter(
  (zip) => !seattleZips.includes(zip) && !eastsideZips.includes(zip),
);

/** Luxury desk threshold: leads whose budget reaches $1.5M, in cents. */
export const LUXURY_BUDGET_MINOR = 150_000_000;

export const firstNames: readonly string[] = (
  'Olivia Liam Emma Noah Ava Ethan Sophia Mason Isabella Lucas Mia Logan Amelia James ' +
  'Harper Benjamin Evelyn Elijah Abigail Oliver Emily Jacob Ella Michael Chloe Alexander ' +
  'Aria William Zoe Daniel Nora Henry Riley Jackson Leah Sebastian Hannah Aiden Layla ' +
  'Matthew Aisha Omar Fatima Yusuf Mei Wei Hiroshi Yuki Ji-woo Min-jun Priya Arjun Ananya ' +
  'Rohan Sofía Mateo Valentina Diego Camila Javier Chidi Amara Kwame Zainab Nikolai ' +
  'Ingrid Lars Freya Siobhan Declan Thanh Linh Tariq Leila Rafael Beatriz Malik Imani ' +
  'Grace Caleb'
).split(' ');

export const lastNames: readonly string[] = (
  'Anderson Nguyen Kim Patel Johnson Garcia Chen Williams Brown Lee Martinez Davis ' +
  'Rodriguez Wilson Taylor Thomas Moore Jackson Martin Thompson White Harris Clark Lewis ' +
  'Robinson Walker Young Allen Wright Scott Tanaka Sato Park Choi Wang Li Zhang Liu Singh ' +
  'Sharma Gupta Hernández López González Pérez Ramírez Okafor Mensah Adeyemi Diallo ' +
  "Haddad Khan Rahman Hussein Novak Kowalski Larsen Johansson O'Brien Murphy Fitzgerald " +
  'MacLeod Rossi Bianchi Müller Schneider Dubois Laurent Silva Santos Tran Pham Hoang ' +
  'Cohen Levi Friedman Bennett Hughes Foster Reyes'
).split(' ');

/** Domains for buyers' email addresses (all reserved for examples by RFC 2606). */
export const emailDomains = ['example.com', 'example.net', 'example.org', 'mail.example'];

/** Seattle-area telephone area codes. */
export const areaCodes = ['206', '425', '253', '360'];

/** Why deals are lost, as agents write it. */
export const lostReasons = [
  'Bought through another agency.',
  'Budget too low for the areas they want.',
  'Stopped answering calls and messages.',
  'Decided to keep renting for another year.',
  'Mortgage pre-approval fell through.',
  'Relocation to Seattle was cancelled.',
  'Outbid twice and paused the search.',
  'Chose new construction from a builder.',
];

/** First messages from web forms and portals; `{area}` and `{beds}` are filled in. */
export const enquiries = [
  'Hi, is the {beds}-bedroom in {area} still available? We are pre-approved.',
  'Interested in homes in {area}, ideally {beds} bedrooms with a yard.',
  'Could we book a viewing this weekend? Looking in {area}.',
  'Relocating for work in the spring, need {beds} bedrooms near good schools in {area}.',
  'Saw this listing on the portal. What are the HOA fees and property taxes?',
  'First-time buyers, looking around {area}. Can you send similar homes?',
];
