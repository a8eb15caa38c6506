/**
 * The article, verbatim: lines 1-16 of the publisher's page, as typed data and nothing else.
 *
 * Every output (the element, the no-script fallback, the static and email pages, oEmbed) is
 * generated from this module. The words are the publisher's: keep their typos, straight quotes
 * and citations exactly as they are. test/fixtures holds an independent verbatim copy that
 * every rendering is checked against. Non-ASCII characters are written as `\u` escapes: the
 * compiled modules ship as they are, and must read the same in a page of any encoding.
 */

/**
 * Where the citation's "Retrieved from" points. The captured page lost the article's own
 * address, so this is Find-A-Code's articles index; correct it here and every output follows.
 */
export const SOURCE_URL = 'https://www.findacode.com/articles/';

/** Where the copyright line links: the copyright holder. */
export const COPYRIGHT_URL = 'https://www.innovihealth.com/';

/** A link the publisher's terms require to stay active. */
export interface RequiredLink {
  readonly text: string;
  readonly href: string;
}

export interface Article {
  readonly title: string;
  /** As captured: a no-break space and a space after "by" (`\u00a0 `), both kept. */
  readonly byline: string;
  readonly date: { readonly text: string; readonly iso: string };
  readonly epigraph: { readonly quote: string; readonly attribution: string };
  readonly paragraphs: readonly string[];
  /** The reference; its text ends "Retrieved from" and the link follows it. */
  readonly citation: { readonly text: string; readonly link: RequiredLink };
  readonly copyright: RequiredLink;
}

export const article: Article = {
  title: 'The Difference Between Leadership and Management',
  byline: 'by\u00a0 Kelly Ogle, BSDH, MIOP, CMPM, CHOP',
  date: { text: 'June 30th, 2017', iso: '2017-06-30' },
  epigraph: {
    quote:
      '"The best leader is the one who has sense enough to pick good men to do what he wants done, and the self-restraint to keep from meddling with them while they do it."',
    attribution: '-Theodore Roosevelt',
  },
  paragraphs: [
    'When a person wants to secure a topnotch position in their company, are they willing to manage their staff or be a leader to that staff? Believe it or not, there is a difference. To lead is to guide a staff on a course or in a particular direction. To manage is to handle a staff to ensure compliance. Either way a person could be in a position of power, however there are some differences that make one excel above the other. A leader has followers and begins with seeing the big picture. This person combines ideas and concepts to create a goal for the team to work towards. The leader has a vision for the future, knowing where the company needs to go and envisioning how to get there. This is where management takes over. A manager has subordinates. They look at the overall picture the leader as provided for them and breaks it down and manages the pieces. Each of those pieces will be directed and cared for under the supervision of the manager. They will see to it that the team is doing their part to complete the vision that was provided. A leader must provide motivation and be inspirational. A charismatic person that empowers the staff and leads them. A manager is someone that provides efficiency, productivity, and manages the projects along with the team (Gupta, 2009).',
    "Most companies like to use the terms 'leader' and 'manager' interchangeably. However, leaders can't always be managers, and managers can't always be leaders. They are both needed for successful company growth. The American Management Association states that there should be skills that both a leader and a manager possess. Obviously, a manager and a leader must have managing and leadership skills. They must communicate well with the team to provide a set of priorities. Which brings up the next one, communication skills. The leader or manager will motivate and persuade the team with good communication to put their best effort into their work. Collaboration skills should be present to help with developing the team and making changes when needed. Also, both the leader and manager need critical thinking skills. If there are changes that need to be made, the leader or manager must decide the best positive action for improvement. Financial skills are important to make sure that there are no issues with the budget. They must look ahead and try to approximate what it will take to complete the vision they have. Lastly, there are project management skills. The manager or leader must make sure to create clear roles and responsibilities so everyone functions well in the team (AMA, n.d.).",
    "This information can be used and applied to any area of any organization. Whether you're looking to move up in your current organization or want to land a new position with a new organization, these principles of management and leadership can help you succeed and achieve your career goals, whatever they may be.",
  ],
  citation: {
    text: 'The Difference Between Leadership and Management. (2017, June 30). Find-A-Code Articles. Retrieved from',
    link: { text: SOURCE_URL, href: SOURCE_URL },
  },
  copyright: { text: '\u00a9 InnoviHealth Systems Inc', href: COPYRIGHT_URL },
};

/** The author as the byline names them, without its leading "by". */
export const authorName = (): string => article.byline.replace(/^by\s+/u, '').trim();
