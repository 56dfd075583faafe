// General word lists for telling names apart: given names (with the gender
// they usually signal, for "he"/"she"), words that make a name an
// organisation, places, and documents that are named but never act.
import { AMBIGUOUS_NAME_LIST, CITY_LIST, COUNTRY_LIST, FEMALE_NAME_LIST, GIVEN_NAME_LIST, MALE_NAME_LIST, ORGANIZATION_LIST, REGION_LIST, SPORTS_TEAM_LIST } from './gazetteer.js';

const words = (s: string): string[] => s.trim().split(/\s+/).map((w) => w.toLowerCase());

/** Common given names that usually signal a man, across the languages news in English reports on. */
const MALE = words(`
aaron abdul abdullah abraham adam adrian ahmed ahmad alan alastair albert alberto alejandro alex alexander alexandre alexei alfred ali alistair
alvaro amir anders andre andrea andreas andrew andrei andres andy angelo angus anthony antonio anton ariel arnold arthur ashok ashley bashar
ben benjamin bernard bernie bill billy bob boris brad bradley brendan brian bruce bruno byron callum calvin carl carlos cedric charles charlie
chris christian christopher clive colin conrad craig cristiano dale damian dan daniel danny darren dave david dean denis dennis derek desmond
diego dmitry dominic dominique don donald doug douglas duncan dylan ed eddie edgar edward edwin ehud emmanuel enrique eric erik ernest ernesto
esteban evan fabio felipe felix fernando francesco francis francisco frank franz fred freddie frederick fritz gabriel gareth gary gavin geoff
geoffrey george gerald gerard gerhard gerry gilbert giorgio giovanni giuseppe gordon graham grant greg gregory guido guillaume gunter gus guy
hamid hans harold harry hassan hector helmut henri henry herbert horst howard hugh hugo hugues iain ian igor ivan jack jacob jacques jake james
jamie jan jason javier jean jeff jeffrey jeremy jerome jerry jim jimmy joachim joe joel johan johannes john johnny jon jonathan jorge jose josef
joseph josh joshua juan julian julio justin kamal karim karl keith ken kenneth kevin khalid kim klaus kofi kurt lars laurence lawrence lee leo
leon leonard leonardo lewis liam lionel lloyd lord louis luc luca lucas luis luke malcolm manuel marc marco marcus mario mark martin marvin
matt matteo matthew maurice max maxim michael michel miguel mike mikhail mitchell mohamed mohammad mohammed muhammad murdoch nathan neil nelson
nicholas nick nicolas nicola nigel noel norman oliver olivier omar oscar otto owen pablo paolo pascal patrick paul pedro per pete peter philip
philippe phil pierre piers rafael ralph ramon randy raul ray raymond reginald rene ricardo richard rick rob robert roberto robin rod rodney roger
roland roman ronald ronnie ross roy rudolf rupert russell ryan salman sam samuel saddam scott sean sebastian sergei sergio seth shane shimon
silvio simon stanley stefan stephen steve steven stuart sven ted terry thabo theo thomas tim timothy toby tom tommy tony trevor tyler
uwe valentin victor vikram vincent viktor vladimir volodymyr walter warren wayne werner will william wolfgang xavier yasser yitzhak yuri yusuf
zach`);

/** Common given names that usually signal a woman. */
const FEMALE = words(`
abigail ada agnes aisha alice alicia alison amanda amelia amy ana andrea angela angelina anita ann anna anne annette antonia barbara beatrice
benazir beth betty beverley brenda bridget carla carmen caroline carol catherine cecilia charlotte cherie christina christine claire clara
claudia condoleezza cynthia daniela deborah debbie denise diana diane dolores donna dora doris dorothy edith eleanor elena elisabeth eliza
elizabeth ellen emily emma erica esther eva eve evelyn fiona frances francesca gabriela gail geraldine gillian gina gloria grace hannah harriet
hazel heather helen helena hilary hillary ingrid irene isabel isabella jacqueline jane janet janice jean jennifer jessica jill joan joanna
josephine joy judith judy julia julie june karen kate katherine kathleen kathryn kay kelly kirsty kristina laura lauren leila lesley linda
lisa liz louise lucy lynn madeleine margaret maria marie marina marine marion marja martha mary maureen megan melanie melinda michelle
miriam monica nadia nancy natalie natasha nicole nina nora olga olivia pamela patricia paula pauline penelope penny rachel rebecca rita
rosa rose ruth sally samantha sandra sandy sara sarah segolene sharon sheila shirley silvia sonia sophie stella susan suzanne sylvia tamara
tanya teresa theresa tina tracey valerie vanessa vera veronica victoria virginia wendy yvonne yulia zoe`);

/** Entries of a generated list; multi-word entries are written with "_". */
const entries = (s: string): string[] => words(s).map((w) => w.replace(/_/g, ' '));

export const GIVEN_NAMES = new Map<string, 'male' | 'female' | null>();
for (const n of MALE) GIVEN_NAMES.set(n, 'male');
for (const n of FEMALE) GIVEN_NAMES.set(n, GIVEN_NAMES.has(n) ? null : 'female');
// The published lists add names the short lists above lack; a name on both sides signals neither.
for (const n of words(MALE_NAME_LIST)) if (!GIVEN_NAMES.has(n)) GIVEN_NAMES.set(n, 'male');
for (const n of words(FEMALE_NAME_LIST)) {
  if (FEMALE.includes(n) || MALE.includes(n)) continue;
  GIVEN_NAMES.set(n, GIVEN_NAMES.get(n) === 'male' ? null : 'female');
}
for (const n of words(GIVEN_NAME_LIST)) if (!GIVEN_NAMES.has(n)) GIVEN_NAMES.set(n, null);

/** Given names that are also everyday words ("Hunter", "Grace"): a name only beside a surname. */
export const AMBIGUOUS_GIVEN_NAMES = new Set(words(AMBIGUOUS_NAME_LIST));

/** Honorifics and the gender they signal. */
export const HONORIFIC_GENDER = new Map<string, 'male' | 'female'>([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['baron', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['lady', 'female'], ['dame', 'female'],
  ['baroness', 'female'], ['queen', 'female'], ['princess', 'female'],
]);

/**
 * Words that, anywhere in a name, make it an organisation ("Thai Airways International", "Apple
 * Computer"); the industry words are those of the GICS industry and sub-industry names
 * ("Dassault Aviation", "Hindustan Aeronautics").
 */
export const ORG_WORDS = new Set(words(`
administration agency airline airlines airways alliance association assembly authority bank bancorp bureau board cabinet centre center chamber church club
coalition college commission committee company congress corporation corp corp. council court department directorate federation forum
foundation fund government group guardian institute institution league ministry network office organisation organization parliament
partnership party police press programme project railways railway school senate service services society trust union university inc inc.
ltd ltd. plc llc co co. ag sa nv n.v. gmbh holdings motors motor computer computers systems technologies technology industries
pharmaceuticals electronics aerospace aircraft airplanes energy capital partners brothers securities insurance media entertainment
communications telecom telecommunications records studios labs laboratories software research investments bancshares exchange
times post journal news herald telegraph tribune mirror express mail gazette chronicle observer spectator magazine reuters fc
army navy force forces guard command regiment brigade tribunal commons lords assembly treasury reserve international worldwide
automotive auto motors steel oil petroleum gas mining chemicals foods retail stores store mart airport-authority dealers manufacturers
hospital hospitals clinic infirmary academy management band orchestra choir ensemble theatre opera ballet records label
productions pictures films division channel brotherhood movement front observatory laboratory gallery museum library
aviation aeronautics automobiles beverages biotechnology construction utilities hotels machinery semiconductors textiles
tobacco transportation logistics shipping brewery breweries publishing broadcasting`));

/** First words that make a name an organisation ("Air Canada", "House of Lords", "Bank of England"). */
export const ORG_FIRST_WORDS = new Set(words(`air house bank university college ministry department office council court church museum institute
league union federation association society royal national federal central`));

/** Plural heads of party and group names ("Liberal Democrats", "United Nations", "United Auto Workers"). */
export const GROUP_PLURALS = /^(?:democrats|republicans|conservatives|liberals|socialists|greens|nationalists|unionists|tories|nations|workers|brothers|beatles|rebels|forces|islands)$/i;

/** Organisations often named without any organisation word in their name. */
export const KNOWN_ORGS = new Map<string, string>(
  [
    ['downing street', 'Downing Street'], ['white house', 'White House'], ['kremlin', 'Kremlin'], ['pentagon', 'Pentagon'],
    ['whitehall', 'Whitehall'], ['number 10', 'Number 10'], ['elysee', 'Elysee'], ['labour', 'Labour'], ['tory', 'Conservative Party'],
    ['tories', 'Conservative Party'], ['conservatives', 'Conservative Party'], ['conservative party', 'Conservative Party'],
    ['lib dems', 'Liberal Democrats'], ['liberal democrats', 'Liberal Democrats'], ['liberal democrat', 'Liberal Democrats'],
    ['lib dem', 'Liberal Democrats'], ['conservative', 'Conservative Party'], ['labour party', 'Labour'], ['sinn fein', 'Sinn Fein'], ['ukip', 'UKIP'],
    ['nato', 'NATO'], ['un', 'United Nations'], ['united nations', 'United Nations'], ['eu', 'European Union'], ['european union', 'European Union'],
    ['ira', 'IRA'], ['hamas', 'Hamas'], ['hezbollah', 'Hezbollah'], ['taliban', 'Taliban'], ['al-qaeda', 'al-Qaeda'], ['opec', 'OPEC'],
    ['imf', 'IMF'], ['wto', 'WTO'], ['who', 'WHO'], ['fbi', 'FBI'], ['cia', 'CIA'], ['interpol', 'Interpol'], ['europol', 'Europol'],
    ['bbc', 'BBC'], ['reuters', 'Reuters'], ['nasa', 'NASA'], ['fifa', 'FIFA'], ['uefa', 'UEFA'], ['eurogroup', 'Eurogroup'],
    // US federal agencies by the initials USA.gov's A-Z index of departments and agencies gives them; those
    // that spell an everyday word ("ICE", "DOT", "DOE", "VA", "SEC") are left to the text.
    ...'EPA FDA NSA FAA FCC FTC IRS DOJ DHS USDA CDC NIH NOAA ATF DEA FEMA TSA OSHA NLRB NTSB USPS FERC NRC HUD GAO CBO OMB CBP'.split(' ').map((a) => [a.toLowerCase(), a]),
  ].map(([k, v]) => [k!, v!]),
);

/** Places that are not countries: continents, regions (with the US Census Bureau's named regions), US states, large cities. */
export const PLACES = new Set(words(`
europe asia africa antarctica oceania scandinavia balkans caribbean siberia arctic earth
midwest northeast northwest southeast southwest
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky
louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
tennessee texas utah vermont virginia wisconsin wyoming ontario quebec alberta manitoba saskatchewan queensland victoria tasmania
bavaria catalonia flanders wallonia lombardy tuscany sicily sardinia corsica brittany normandy provence kashmir punjab bengal tibet xinjiang
london paris berlin brussels washington moscow kyiv kiev beijing tokyo vilnius warsaw rome madrid vienna geneva zurich frankfurt munich
hamburg cologne amsterdam rotterdam stockholm oslo copenhagen helsinki dublin lisbon athens istanbul ankara cairo tehran baghdad kabul
islamabad karachi lahore delhi mumbai bombay calcutta kolkata bangalore chennai shanghai guangzhou shenzhen seoul pyongyang taipei manila
jakarta bangkok hanoi singapore sydney melbourne brisbane perth auckland toronto montreal vancouver ottawa chicago boston detroit atlanta
seattle houston dallas miami denver phoenix philadelphia pittsburgh cleveland baltimore nashville orlando sacramento cupertino everett
toulouse hamburg lyon marseille milan naples turin barcelona seville valencia geneva lausanne edinburgh glasgow cardiff belfast manchester
liverpool birmingham leeds bristol sheffield newcastle nottingham leicester oxford cambridge westminster guildford woolwich brighton
jerusalem gaza ramallah beirut damascus amman riyadh jeddah doha dubai abu-dhabi nairobi lagos johannesburg cape-town harare kinshasa
mexico-city havana caracas bogota lima santiago buenos-aires sao-paulo rio brasilia`));

/** Multi-word places. */
export const PLACE_PHRASES = new Set([
  'new york', 'new york city', 'los angeles', 'san francisco', 'san jose', 'san diego', 'las vegas', 'new orleans', 'long beach',
  'hong kong', 'latin america', 'south america', 'north america', 'central america', 'western europe', 'eastern europe',
  'central europe', 'northern europe', 'southern europe', 'middle east', 'far east', 'south east asia', 'southeast asia',
  'east asia', 'silicon valley', 'wall street', 'new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina',
  'north dakota', 'south dakota', 'west virginia', 'rhode island', 'british columbia', 'nova scotia', 'new south wales',
  'cape town', 'abu dhabi', 'mexico city', 'buenos aires', 'sao paulo', 'rio de janeiro', 'tel aviv', 'kuala lumpur',
  'west bank', 'gaza strip', 'persian gulf', 'the gulf', 'northern ireland', 'great britain',
]);

// Cities and regions of the published gazetteer: one word to PLACES, several to PLACE_PHRASES.
for (const place of [...entries(CITY_LIST), ...entries(REGION_LIST)]) (place.includes(' ') ? PLACE_PHRASES : PLACES).add(place);

/** Countries and territories of the published gazetteer, lower-cased ("Macedonia", "Andorra"). */
export const COUNTRY_NAMES = new Set(entries(COUNTRY_LIST));

/** Companies, bands, broadcasters and sports teams of the published gazetteer, lower-cased. */
export const KNOWN_ORG_NAMES = new Set([...entries(ORGANIZATION_LIST), ...entries(SPORTS_TEAM_LIST)]);

/** Words that end a place's name. */
export const PLACE_WORDS = new Set(words(`street road avenue square lane river mountain mountains island islands sea ocean valley county
province state region city town village district airport station prison park bridge palace castle stadium port harbour bay
coast peninsula desert lake gulf strait canal boulevard area`));

/** Heads of named documents, laws and events: named, but not actors. */
export const DOCUMENT_WORDS = new Set(words(`bill act treaty convention charter directive accord accords protocol declaration amendment
constitution law code manifesto report white-paper green-paper summit conference games olympics cup championship festival award awards
prize week day year questions championships show series`));

/** Region adjectives that refer to a place without naming an actor. */
export const REGION_ADJECTIVES = new Set(words(`european asian african arab western eastern northern southern atlantic pacific
continental transatlantic global international`));
