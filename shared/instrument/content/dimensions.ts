import type { Dimension } from '../types.ts';

/** The seven dimensions of the Reality Check Audit, each with the statements the team rates from 1 (disagree) to 5 (agree). */
export const dimensions: readonly Dimension[] = [
  {
    id: 'leadership',
    name: 'Customer Leadership',
    summary:
      'Whether the executive team has set one clear customer destination for the whole company and shows it through its own time and decisions.',
    weight: 1,
    items: [
      {
        id: 'leadership-1',
        text: 'The CEO has set out, on a page or less, the customer experience the whole company is working toward, and every executive can restate it.',
        hint: 'Ask two executives to describe the destination separately; if their answers differ, it is not yet clear.',
      },
      {
        id: 'leadership-2',
        text: 'Every executive spoke directly with customers in the last quarter and can name the customers they met.',
        hint: 'Ask for calendar entries or names; “I talk to customers all the time” without specifics is a polite agree.',
      },
      {
        id: 'leadership-3',
        text: 'Our customer initiatives add up to one company-wide plan rather than a scatter of separate projects, vendor proposals and campaigns.',
        hint: 'Ask for the list of current customer initiatives and who decided how they fit together.',
      },
      {
        id: 'leadership-4',
        text: 'Customer topics have a fixed place on the executive agenda and are not the first item dropped when a meeting runs long.',
        hint: 'Look at the last six executive agendas and minutes to see where customer items actually landed.',
      },
      {
        id: 'leadership-5',
        text: 'In the past year the executive team changed at least one significant decision because of what customers told us.',
        hint: 'Ask for the specific decision and the customer evidence behind it; general goodwill is not an example.',
      },
      {
        id: 'leadership-6',
        text: 'The leadership team has defined the distinct value customers get from us that competitors do not offer.',
        hint: 'Listen for a concrete answer; words like “quality” or “great service” mean the work is not done.',
      },
    ],
  },
  {
    id: 'listening',
    name: 'Customer Listening',
    summary:
      'Whether the organization hears the unvarnished truth from customers through several channels and acts on what it hears.',
    weight: 1,
    items: [
      {
        id: 'listening-1',
        text: 'We collect customer feedback through several formal and informal channels, not only a short survey after a call or transaction.',
        hint: 'Ask for the list of channels and when each one last produced something the company acted on.',
      },
      {
        id: 'listening-2',
        text: 'An independent third party interviews our most important customers in depth, so they can speak candidly.',
        hint: 'If every conversation is run by the account team, expect polite answers rather than the real story.',
      },
      {
        id: 'listening-3',
        text: 'When a significant customer leaves, we ask that customer why, record the reason and share it with the areas involved.',
        hint: 'Ask for the last three lost customers and their recorded reasons; “price” alone often means nobody asked.',
      },
      {
        id: 'listening-4',
        text: 'Customer feedback reaches the teams able to act on it within weeks, and we can point to changes that came from it.',
        hint: 'Ask for two recent changes that can be traced back to specific customer feedback.',
      },
      {
        id: 'listening-5',
        text: 'We have checked that our survey scores predict what customers actually do, such as renewing, buying more or leaving.',
        hint: 'A score that never warned of a defection is not telling the truth; ask for the comparison.',
      },
      {
        id: 'listening-6',
        text: 'At least once a year we compare how customers rate us with how they rate our main competitors.',
        hint: 'An internal satisfaction trend is not a competitor comparison; ask to see the benchmark.',
      },
      {
        id: 'listening-7',
        text: 'A customer advisory board or regular customer forum reviews our product, marketing and service ideas before we launch them.',
        hint: 'Ask when an idea was last changed or dropped because customers pushed back.',
      },
    ],
  },
  {
    id: 'metrics',
    name: 'Metrics',
    summary:
      'Whether the company measures its customer base as an asset, by volume and value, and links customer measures down to daily operations.',
    weight: 1,
    items: [
      {
        id: 'metrics-1',
        text: 'We know how many customers we gained and lost last quarter, and the figure is reported to the executive team alongside sales.',
        hint: 'Ask for the number in the room; if it takes a week to produce, it is not being managed.',
      },
      {
        id: 'metrics-2',
        text: 'We report customers gained and lost by value as well as by count, not only as a retention rate.',
        hint: 'A steady retention rate can hide a leaky bucket; ask how the loss of one high-value customer would show up.',
      },
      {
        id: 'metrics-3',
        text: 'Finance, sales and marketing use one agreed definition of customer value, such as profitability, tenure or share of wallet.',
        hint: 'Ask finance and sales for their definitions separately and compare them.',
      },
      {
        id: 'metrics-4',
        text: 'Each top-level customer measure is broken down into operational measures that front-line teams influence day to day.',
        hint: 'Pick one customer measure and ask what a team leader watches each week that moves it.',
      },
      {
        id: 'metrics-5',
        text: 'We measure how well our priority customer contacts are handled, not only each department’s own activity figures.',
        hint: 'If every dashboard is organized by department rather than by customer interaction, probe this one.',
      },
      {
        id: 'metrics-6',
        text: 'We have linked the main reasons customers leave or join to stages of the customer journey and estimated the revenue at stake.',
        hint: 'Ask for one issue with a revenue figure attached; skeptics are persuaded by numbers, not slogans.',
      },
    ],
  },
  {
    id: 'accountability',
    name: 'Accountability and Taking Action',
    summary:
      'Whether customer measures have named owners, regular forums and a place in the annual plan, so that customer issues actually get fixed.',
    weight: 1,
    items: [
      {
        id: 'accountability-1',
        text: 'Every customer measure has one named owner who reports on it and is expected to explain a miss.',
        hint: 'Ask who owns the lost-customer figure; a committee or “all of us” is not an owner.',
      },
      {
        id: 'accountability-2',
        text: 'A standing forum reviews customer results at least monthly in time reserved for it, not in leftover minutes of another meeting.',
        hint: 'Ask how many of the last six sessions were cancelled, shortened or merged into something else.',
      },
      {
        id: 'accountability-3',
        text: 'Our annual plan sets targets for customers gained and lost and funds specific work to remove what drives customers away.',
        hint: 'Open the plan and find the lines; a mention in the introduction does not count.',
      },
      {
        id: 'accountability-4',
        text: 'For each stage of the customer experience it is written down which area is accountable and where areas must work jointly.',
        hint: 'Ask for the document; if ownership of a handoff is argued in the room, it is not settled.',
      },
      {
        id: 'accountability-5',
        text: 'Each customer issue raised is assigned an owner and a date and is tracked until it is closed.',
        hint: 'Ask for the issue log and the age of the oldest open item.',
      },
      {
        id: 'accountability-6',
        text: 'In budget reviews, executives ask each operating area how its plans will improve the customer interactions that matter most.',
        hint: 'Ask for an example from the last budget round; operating plans that never mention customers point to disagree.',
      },
    ],
  },
  {
    id: 'unified',
    name: 'Unified Experience',
    summary:
      'Whether departments act as one company at the moments that matter most to customers instead of each following its own plan.',
    weight: 1,
    items: [
      {
        id: 'unified-1',
        text: 'We have mapped the stages customers go through with us and identified the moments of truth that most shape loyalty.',
        hint: 'Ask to see the map and when it was last checked against what customers say.',
      },
      {
        id: 'unified-2',
        text: 'We have chosen our 10 to 15 priority customer contacts and classed each as rescue, revenue, request or relationship.',
        hint: 'If the team cannot name the priority contacts without looking them up, they are not yet in use.',
      },
      {
        id: 'unified-3',
        text: 'Departments that share a priority contact set goals and budget for it together rather than separately.',
        hint: 'Ask for one shared goal or budget line between two departments.',
      },
      {
        id: 'unified-4',
        text: 'One named executive has the mandate and budget to bring departments together on shared customer work.',
        hint: 'A coordinator without authority or money is a polite agree; ask what they decided last month.',
      },
      {
        id: 'unified-5',
        text: 'Sales, marketing and service use the same customer information, so customers never have to repeat themselves at a handoff.',
        hint: 'Ask a front-line person what they can see when a customer calls the day after a sales meeting.',
      },
      {
        id: 'unified-6',
        text: 'Customers get the same promise and treatment whichever channel or department they deal with.',
        hint: 'Ask for evidence such as complaint data by channel or mystery shopping, not reassurance.',
      },
    ],
  },
  {
    id: 'enabling',
    name: 'Enabling Service Delivery',
    summary:
      'Whether front-line staff have the authority, process and current customer information to resolve customer issues quickly.',
    weight: 1,
    items: [
      {
        id: 'enabling-1',
        text: 'Front-line staff may resolve common customer problems on the spot, within written limits, without asking for approval.',
        hint: 'Ask what the limits are and how often they were used last month; authority nobody uses may not be real.',
      },
      {
        id: 'enabling-2',
        text: 'We measure how many customer complaints are resolved at the first contact and how long the rest take.',
        hint: 'Ask for the first-contact resolution figure and its trend over the last year.',
      },
      {
        id: 'enabling-3',
        text: 'An escalated complaint reaches someone able to decide within a set number of steps, instead of climbing the hierarchy.',
        hint: 'Walk through the last complex complaint: count the handoffs and the days.',
      },
      {
        id: 'enabling-4',
        text: 'Anyone serving a customer can see that customer’s current history, value and open issues in one record.',
        hint: 'Pull up a key account record at random and check when it was last updated.',
      },
      {
        id: 'enabling-5',
        text: 'Keeping customer records up to date is an expected part of every customer-facing role, and managers check it.',
        hint: 'If sales updates records only before the quarterly review, the view is stale.',
      },
      {
        id: 'enabling-6',
        text: 'We honor our promises, warranties and guarantees without customers having to push or complain first.',
        hint: 'Ask for the share of warranty or guarantee claims that needed an escalation before they were paid.',
      },
      {
        id: 'enabling-7',
        text: 'We regularly remove rules and approval steps that slow down resolution and can name ones removed this year.',
        hint: 'Ask for the name of a rule that was removed; if there is none, red tape is probably growing.',
      },
    ],
  },
  {
    id: 'motivation',
    name: 'Motivation and Recognition',
    summary:
      'Whether pay, recognition and performance reviews reward the customer behavior the company says it wants.',
    weight: 1,
    items: [
      {
        id: 'motivation-1',
        text: 'Part of every manager’s variable pay depends on customer measures they can influence, such as retention or resolution time.',
        hint: 'Ask what share of the bonus is tied to customer measures and how it paid out last year.',
      },
      {
        id: 'motivation-2',
        text: 'Customer goals in pay plans are never waived for sales people who beat their sales targets.',
        hint: 'Ask whether any exception was granted in the last two years; one is enough to disagree.',
      },
      {
        id: 'motivation-3',
        text: 'People know which specific behaviors earn customer-related rewards, beyond moving a company-wide satisfaction score.',
        hint: 'Ask a manager what they would do differently to earn the customer part of their bonus.',
      },
      {
        id: 'motivation-4',
        text: 'We recognize staff who keep or rescue customers as visibly as those who win new business.',
        hint: 'Compare last year’s awards and announcements for new sales with those for customers kept.',
      },
      {
        id: 'motivation-5',
        text: 'Performance reviews assess customer behavior, and working on customer efforts that pay off slowly does not lower a rating.',
        hint: 'Ask whether anyone was marked down while working on a long-running customer project.',
      },
      {
        id: 'motivation-6',
        text: 'Customer-facing teams are measured on retention, satisfaction or loyalty, not only on volume and handling time.',
        hint: 'If the service desk is judged mainly on call length, an agree here is likely too generous.',
      },
    ],
  },
];
