import type { LibraryAction } from '../types.ts';

/** The action library the recommendations draw from, each action selected by one rule of docs/spec/scoring.md. */
export const actions: readonly LibraryAction[] = [
  // Customer Leadership
  {
    id: 'act-leadership-low-1',
    rule: 'dimension:leadership:low',
    title: 'Write the one-company customer destination on a single page',
    description:
      'The CEO drafts a one-page statement of the experience the whole company is building for customers, including what customers should notice that is different from today. The leadership team reviews and amends it in a half-day session, and each executive signs up to it by name. Done when the page is agreed, sent to all managers, and every executive can explain it without notes.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-leadership-low-2',
    rule: 'dimension:leadership:low',
    title: 'Put every executive in front of customers at least once a month',
    description:
      'Each executive picks three to five customers, including at least one unhappy or recently lost customer, and meets them in person or by video within the next month. The Chief Customer Officer keeps a simple log of who met whom and what was learned. Done when the log shows every executive has met customers and the findings were discussed at the next leadership meeting.',
    horizonDays: 30,
    ownerRole: 'Leadership team',
  },
  {
    id: 'act-leadership-mid-1',
    rule: 'dimension:leadership:mid',
    title: 'Consolidate scattered customer initiatives into one plan',
    description:
      'List every customer-related project, vendor engagement and campaign now under way, with its owner and cost. In a working session the leadership team keeps, merges or stops each one according to how well it serves the agreed customer destination. Done when a single plan, with one owner per initiative, replaces the separate lists.',
    horizonDays: 90,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-leadership-mid-2',
    rule: 'dimension:leadership:mid',
    title: 'Give customer topics a protected slot on the executive agenda',
    description:
      'Reserve the first 30 minutes of one executive meeting each month for customer results, what executives heard on customer visits, and open customer issues. The CEO chairs the slot and does not let it be moved or cut. Done when three consecutive sessions have run in full and each produced at least one recorded decision.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-leadership-high-1',
    rule: 'dimension:leadership:high',
    title: 'Extend the customer-contact routine to the next level of managers',
    description:
      'Ask each executive to have their direct reports adopt the same routine of regular customer conversations and to share what they hear in team meetings. Collect examples of decisions that changed because of these conversations and share them across the company each quarter. Done when managers one level below the executive team keep their own customer-contact log and the first quarterly round-up is published.',
    horizonDays: 90,
    ownerRole: 'Leadership team',
  },
  // Customer Listening
  {
    id: 'act-listening-low-1',
    rule: 'dimension:listening:low',
    title: 'Interview recently lost customers to learn why they left',
    description:
      'Pick the ten most valuable customers lost in the past year and arrange a short conversation with each, led by someone outside the account team. Record the reasons in the customer’s own words and group them by stage of the customer journey. Done when the findings are presented to the executive team with the three main causes and an owner for each.',
    horizonDays: 30,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-listening-low-2',
    rule: 'dimension:listening:low',
    title: 'Commission an independent review of key customer relationships',
    description:
      'Engage an experienced outside firm to hold in-depth conversations with a sample of the most important customers, without the account team present, so customers can speak freely. Agree the questions with the leadership team beforehand and ask for verbatim findings, not only scores. Done when the report has been received and the leadership team has agreed its response to each main finding.',
    horizonDays: 90,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-listening-mid-1',
    rule: 'dimension:listening:mid',
    title: 'Connect every feedback channel to a named owner who acts on it',
    description:
      'List the ways customer feedback arrives today: surveys, complaints, account reviews, events, service calls and informal conversations. Give each channel an owner who summarizes it monthly and passes issues to the area able to fix them. Done when every channel has an owner and the monthly summary shows what was changed as a result.',
    horizonDays: 90,
    ownerRole: 'Head of Customer Service',
  },
  {
    id: 'act-listening-mid-2',
    rule: 'dimension:listening:mid',
    title: 'Test whether survey scores predict what customers actually do',
    description:
      'Ask the analytics team to compare last year’s survey scores with what those customers went on to do: renew, buy more, cut back or leave. If the scores do not predict behavior, redesign or replace the survey. Done when the leadership team has seen the comparison and decided which measures to keep.',
    horizonDays: 90,
    ownerRole: 'Head of Marketing',
  },
  {
    id: 'act-listening-high-1',
    rule: 'dimension:listening:high',
    title: 'Set up a customer advisory board to test ideas before launch',
    description:
      'Invite eight to twelve customers of different sizes and types to meet twice a year and review planned products, messages and service changes. Product, marketing and service leaders attend and report back which plans changed as a result. Done when the first meeting has been held and its outcomes have been shared internally.',
    horizonDays: 180,
    ownerRole: 'Head of Marketing',
  },
  // Metrics
  {
    id: 'act-metrics-low-1',
    rule: 'dimension:metrics:low',
    title: 'Count customers gained and lost every month and report the figures',
    description:
      'Finance and sales agree what counts as a new customer and a lost customer, and produce the monthly count from existing systems. The figures go into the same executive report as the sales results. Done when three monthly reports have been produced using the same definitions.',
    horizonDays: 30,
    ownerRole: 'CFO',
  },
  {
    id: 'act-metrics-low-2',
    rule: 'dimension:metrics:low',
    title: 'Agree one company-wide definition of customer value',
    description:
      'The CFO brings finance, sales and marketing together to agree a short list of value factors, such as profitability, tenure, share of wallet and range of products held. Apply them to place every customer in a value tier. Done when every customer has a tier and customers gained and lost can be reported by value as well as by count.',
    horizonDays: 90,
    ownerRole: 'CFO',
  },
  {
    id: 'act-metrics-mid-1',
    rule: 'dimension:metrics:mid',
    title: 'Break each customer measure down into operational measures',
    description:
      'For each top-level customer measure, work with the operating areas to find the two or three operational measures that drive it, such as response time or on-time delivery. Name who watches each one and how often. Done when a one-page chart links every executive customer measure to operational measures with named owners.',
    horizonDays: 90,
    ownerRole: 'COO',
  },
  {
    id: 'act-metrics-high-1',
    rule: 'dimension:metrics:high',
    title: 'Put revenue figures on the main customer journey issues',
    description:
      'Map the main reasons customers leave or join to stages of the customer journey and estimate the revenue at stake for each. Use the estimates to rank improvement work in the next planning cycle. Done when the ranked list, with its revenue estimates, is part of the annual planning pack.',
    horizonDays: 180,
    ownerRole: 'CFO',
  },
  // Accountability and Taking Action
  {
    id: 'act-accountability-low-1',
    rule: 'dimension:accountability:low',
    title: 'Name a single owner for every customer measure',
    description:
      'List every customer measure the company reports and assign each to one named person, not a department or committee. Each owner presents the figure, the reasons behind it and next steps at the customer forum. Done when no customer measure is without an owner and the list has been published to all managers.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-accountability-low-2',
    rule: 'dimension:accountability:low',
    title: 'Start a monthly customer forum with its own agenda',
    description:
      'Set up a 90-minute monthly meeting, separate from the regular operating review, where owners present customer results and open customer issues. The COO chairs it, and decisions and follow-ups are logged with owners and dates. Done when the forum has met three times in a row without being cancelled or shortened.',
    horizonDays: 30,
    ownerRole: 'COO',
  },
  {
    id: 'act-accountability-mid-1',
    rule: 'dimension:accountability:mid',
    title: 'Write customer targets and funded fixes into the annual plan',
    description:
      'In the next planning round, require each operating area to state its targets for customers gained and lost and the specific issues it will remove, with budget attached. Executives review these in budget sessions alongside the financial targets. Done when the approved plan contains customer targets and funded fixes for every area.',
    horizonDays: 180,
    ownerRole: 'CFO',
  },
  {
    id: 'act-accountability-mid-2',
    rule: 'dimension:accountability:mid',
    title: 'Assign accountability for each stage of the customer experience',
    description:
      'Using the map of customer stages, record which area owns each stage and which handoffs need two or more areas to work together, with a named lead for each shared handoff. Bring disputed handoffs to the customer forum for a decision. Done when the accountability map is agreed and posted where every manager can see it.',
    horizonDays: 90,
    ownerRole: 'COO',
  },
  {
    id: 'act-accountability-high-1',
    rule: 'dimension:accountability:high',
    title: 'Run the customer forum format in every business unit',
    description:
      'Ask each business unit or region to hold its own monthly customer review in the same format, feeding its open issues into the company forum. Publish a short quarterly summary of issues closed and issues still open, by unit. Done when every unit holds its own review and reports into the company forum.',
    horizonDays: 180,
    ownerRole: 'COO',
  },
  // Unified Experience
  {
    id: 'act-unified-low-1',
    rule: 'dimension:unified:low',
    title: 'Map the customer experience and name its moments of truth',
    description:
      'Run a series of workshops with people from sales, marketing, service, operations and finance to lay out the stages customers go through with us, using customer feedback to mark the moments that most affect loyalty. Done when a one-page map is agreed by all department heads and each moment of truth has a lead department.',
    horizonDays: 90,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-unified-low-2',
    rule: 'dimension:unified:low',
    title: 'Appoint one executive to bring departments together on customer work',
    description:
      'The CEO names one executive with the mandate and budget to coordinate customer work that crosses departments, and announces the appointment to the company. Their first task is to list where departments’ customer plans conflict or duplicate each other. Done when the appointment is announced and the list has been presented to the leadership team.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-unified-mid-1',
    rule: 'dimension:unified:mid',
    title: 'Choose and classify the 10 to 15 priority customer contacts',
    description:
      'From the customer experience map, select the 10 to 15 contacts that matter most to customers and classify each as rescue, revenue, request or relationship. Give each a lead department and list the departments that support it. Done when the list is agreed and each contact has a measure of how well it is handled.',
    horizonDays: 90,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-unified-mid-2',
    rule: 'dimension:unified:mid',
    title: 'Set shared goals and budgets for contacts that span departments',
    description:
      'For each priority contact that depends on more than one department, agree one shared goal and one shared budget line. Review progress on these jointly rather than in separate departmental reviews. Done when the next budget shows shared lines for at least the top five priority contacts.',
    horizonDays: 180,
    ownerRole: 'CFO',
  },
  {
    id: 'act-unified-high-1',
    rule: 'dimension:unified:high',
    title: 'Check consistency across channels with regular mystery shopping',
    description:
      'Twice a year, have the same customer requests made through each channel and department, and compare the answers and treatment received. Report the differences to the customer forum and assign an owner to each fix. Done when the first review is complete and its fixes are tracked to closure.',
    horizonDays: 180,
    ownerRole: 'Head of Operations',
  },
  // Enabling Service Delivery
  {
    id: 'act-enabling-low-1',
    rule: 'dimension:enabling:low',
    title: 'Give front-line staff written authority to resolve common problems',
    description:
      'List the ten most frequent customer problems and set, for each, what a front-line employee may do without approval, such as a refund up to a set amount or a free replacement. Brief every customer-facing team and tell managers not to overturn decisions made within the limits. Done when the limits are written down, communicated and being used.',
    horizonDays: 30,
    ownerRole: 'Head of Customer Service',
  },
  {
    id: 'act-enabling-low-2',
    rule: 'dimension:enabling:low',
    title: 'Trace recent slow complaints and cut the steps that add no value',
    description:
      'Take five recent complaints that took too long and follow each from first contact to resolution, counting handoffs, approvals and days. Remove or simplify the steps that added time without helping the customer. Done when the revised process is in place and average resolution time is measured every month.',
    horizonDays: 90,
    ownerRole: 'Head of Operations',
  },
  {
    id: 'act-enabling-mid-1',
    rule: 'dimension:enabling:mid',
    title: 'Make keeping customer records current part of every customer-facing role',
    description:
      'Define the minimum information each customer-facing role must record after a customer contact, and add it to job expectations and manager check-ins. Run a monthly spot-check of a sample of key account records. Done when the spot-check shows most records updated within the agreed time.',
    horizonDays: 90,
    ownerRole: 'Head of Sales',
  },
  {
    id: 'act-enabling-high-1',
    rule: 'dimension:enabling:high',
    title: 'Review front-line authority limits and widen them where they work',
    description:
      'Look at how decisions made within the front-line limits have turned out: cost, customer outcome and any misuse. Raise the limits where results are good, and share examples of good judgment across teams. Done when the revised limits are published and the review is scheduled every six months.',
    horizonDays: 180,
    ownerRole: 'Head of Customer Service',
  },
  // Motivation and Recognition
  {
    id: 'act-motivation-low-1',
    rule: 'dimension:motivation:low',
    title: 'Tie part of management bonuses to customer measures people can influence',
    description:
      'The CHRO and CFO agree a portion of variable pay for executives and managers that depends on customer measures within their control, such as keeping key customers or resolution time. Each manager is told which behaviors move their measure. Done when the next bonus plan is approved with the customer portion and explained to everyone it covers.',
    horizonDays: 180,
    ownerRole: 'CHRO',
  },
  {
    id: 'act-motivation-low-2',
    rule: 'dimension:motivation:low',
    title: 'Stop waiving customer goals for top sales performers',
    description:
      'The CEO announces that customer goals in pay plans will no longer be set aside, including for people who beat their sales targets. Review last year’s exceptions and close the approval route that allowed them. Done when the rule is written into the compensation plan and the sales leadership has confirmed it.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-motivation-mid-1',
    rule: 'dimension:motivation:mid',
    title: 'Recognize customers kept and rescued as visibly as new sales',
    description:
      'Add recognition for keeping, rescuing or growing existing customers to the same events and channels used to celebrate new sales. Managers nominate examples every month. Done when the first round of recognition has taken place and it is on the regular calendar.',
    horizonDays: 30,
    ownerRole: 'CHRO',
  },
  {
    id: 'act-motivation-mid-2',
    rule: 'dimension:motivation:mid',
    title: 'Add specific customer behaviors to performance reviews',
    description:
      'Update the review template so every role with customer contact is assessed on named customer behaviors, and state that long-running customer work is judged on progress, not only on quick results. Brief managers on how to apply it. Done when the new template is used in the next review cycle.',
    horizonDays: 90,
    ownerRole: 'CHRO',
  },
  {
    id: 'act-motivation-high-1',
    rule: 'dimension:motivation:high',
    title: 'Check each year that customer incentives drive the intended behavior',
    description:
      'Once a year, compare customer-linked bonus payouts with actual customer results and with what staff say the incentives encourage. Adjust measures that are being gamed or that people cannot influence. Done when the review has been presented to the leadership team and the changes are in the next pay plan.',
    horizonDays: 180,
    ownerRole: 'CHRO',
  },
  // Failure signs
  {
    id: 'act-sign-destination-1',
    rule: 'sign:sign-destination',
    title: 'Agree the one-company customer destination before starting new initiatives',
    description:
      'Pause approval of new customer projects until the leadership team has agreed, in writing, what experience the company wants customers to have. The CEO leads two working sessions to settle it. Done when the statement is agreed and every pending customer project has been checked against it.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-sign-commitment-1',
    rule: 'sign:sign-commitment',
    title: 'Go through the commitment check with the CEO and publish the answers',
    description:
      'The CEO works through the nine commitment questions of this audit openly with the leadership team and says what will change in budgets, priorities and personal time as a result. Done when the commitments are written down with dates and shared with all managers.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-sign-commitment-2',
    rule: 'sign:sign-commitment',
    title: 'Change one visible decision because of the customer commitment',
    description:
      'Within the next month, the leadership team picks one budget, priority or policy decision that should change because of the customer commitment and makes the change. Explain the change and the reason for it to staff. Done when the change has been made and communicated.',
    horizonDays: 30,
    ownerRole: 'Leadership team',
  },
  {
    id: 'act-sign-asset-1',
    rule: 'sign:sign-asset',
    title: 'Set and announce a goal for the size and value of the customer base',
    description:
      'The CEO and CFO set a goal for the number and value of customers the company aims to hold at year end, and report progress against it next to the quarterly sales results. Done when the goal has been announced internally and appears in the first quarterly report.',
    horizonDays: 90,
    ownerRole: 'CEO',
  },
  {
    id: 'act-sign-metrics-motivation-1',
    rule: 'sign:sign-metrics-motivation',
    title: 'Find where measures and rewards contradict the customer commitment',
    description:
      'Review the current scorecard and bonus plans against the customer commitment and list where they conflict, such as volume targets that reward behavior customers dislike. Agree changes so that what people are paid for matches what the company says it wants. Done when the list and the agreed changes are approved for the next plan year.',
    horizonDays: 90,
    ownerRole: 'CHRO',
  },
  {
    id: 'act-sign-metrics-motivation-2',
    rule: 'sign:sign-metrics-motivation',
    title: 'Replace broad survey-score bonuses with measures teams can act on',
    description:
      'Where bonuses depend on a company-wide satisfaction score, replace that link with measures each team can influence directly, such as resolution time or retention of its own customers. Done when every affected role has a customer measure its holders can explain and act on.',
    horizonDays: 180,
    ownerRole: 'CHRO',
  },
  {
    id: 'act-sign-accountability-1',
    rule: 'sign:sign-accountability',
    title: 'Give every customer measure an operational owner and a standing review',
    description:
      'Assign each customer measure to a named owner at the operational level and schedule a monthly customer review that is not combined with other business. Done when every measure has an owner and the first review has taken place in full.',
    horizonDays: 30,
    ownerRole: 'COO',
  },
  {
    id: 'act-sign-together-1',
    rule: 'sign:sign-together',
    title: 'Name a leader to coordinate customer work across departments',
    description:
      'The CEO appoints a senior person to bring departments together on shared customer goals and gives them their mandate in front of the whole leadership team. Their first deliverable is a joint plan for the priority customer contacts. Done when every department head has agreed the joint plan.',
    horizonDays: 90,
    ownerRole: 'CEO',
  },
  {
    id: 'act-sign-together-2',
    rule: 'sign:sign-together',
    title: 'Replace separate departmental customer plans with shared goals',
    description:
      'In the next planning cycle, require departments to set customer goals jointly for the contacts they share rather than on their own, and reflect that cooperation in their measures and rewards. Done when the plan shows shared goals and the bonus plans include them.',
    horizonDays: 180,
    ownerRole: 'Leadership team',
  },
  {
    id: 'act-sign-patience-1',
    rule: 'sign:sign-patience',
    title: 'Commit publicly to a multi-year customer program',
    description:
      'The CEO tells the organization that the customer program will run for at least three years, sets milestones for each year, and states that nobody will be marked down for work that takes time to pay off. Done when the message has been delivered, the milestones are published and the performance review guidance reflects it.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-sign-scale-1',
    rule: 'sign:sign-scale',
    title: 'Size the customer program realistically and fund it',
    description:
      'Estimate the people, budget and time the customer work will need across every department, instead of treating it as a side project. Present the estimate to the leadership team and agree what will be funded now and what will wait. Done when the program has a budget, a named team and a realistic timeline.',
    horizonDays: 90,
    ownerRole: 'COO',
  },
  {
    id: 'act-sign-scale-2',
    rule: 'sign:sign-scale',
    title: 'Fix two or three well-known customer problems and report the results',
    description:
      'Pick two or three customer problems that staff already know about and that can be fixed within 90 days, fix them, and report the outcome openly. This gives skeptics evidence that the program is more than words. Done when the fixes are complete and the results have been shared company-wide.',
    horizonDays: 90,
    ownerRole: 'Leadership team',
  },
  // Commitment check
  {
    id: 'act-commit-clarity',
    rule: 'commitment:commit-clarity',
    title: 'Write down what the company should achieve for customers',
    description:
      'The CEO drafts a short statement of what customers should experience and what success looks like in three years, then tests it with the leadership team and a few trusted customers. Done when the CEO can present it in five minutes and answer questions on it without notes.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-commit-scope',
    rule: 'commitment:commit-scope',
    title: 'Brief the CEO on the full scope of the customer work',
    description:
      'Prepare a briefing that shows which departments, processes, systems and incentives the customer work will touch, and how long comparable efforts usually take. Walk the CEO through it in a dedicated session. Done when the CEO has confirmed the scope and it is reflected in the program plan.',
    horizonDays: 30,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-commit-skills',
    rule: 'commitment:commit-skills',
    title: 'Plan the skills the company needs to succeed with customers',
    description:
      'List the capabilities the customer work depends on, such as journey mapping, customer analytics, cross-department facilitation and front-line judgment, and compare them with what exists today. Agree how to hire, train or borrow the missing ones. Done when the skills plan is approved and funded.',
    horizonDays: 90,
    ownerRole: 'CHRO',
  },
  {
    id: 'act-commit-resources',
    rule: 'commitment:commit-resources',
    title: 'Commit named people, time and budget to the customer program',
    description:
      'The CEO confirms a budget and a named team for the customer work and protects a share of each executive’s time for it. Done when the budget is in the plan, the team members are released from conflicting duties, and the allocation has been announced.',
    horizonDays: 90,
    ownerRole: 'CEO',
  },
  {
    id: 'act-commit-partner',
    rule: 'commitment:commit-partner',
    title: 'Define and schedule the CEO’s personal role in the customer program',
    description:
      'Agree what the CEO will do in person, for example chairing the monthly customer forum, meeting customers every month and reviewing the program each quarter. Put these commitments in the CEO’s calendar for the year. Done when the calendar entries exist and the role has been explained to the leadership team.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-commit-patience',
    rule: 'commitment:commit-patience',
    title: 'State the time horizon and protect the people who stay the course',
    description:
      'The CEO sets out how many years the customer program will run and what progress is expected each year, and tells managers that slow early results will not count against the people doing the work. Done when the message has been delivered and is reflected in performance review guidance.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-commit-metrics',
    rule: 'commitment:commit-metrics',
    title: 'Put strategic customer measures on the executive scorecard and board pack',
    description:
      'Choose three to five customer measures, such as customers gained and lost by value, and add them to the executive scorecard and the board pack next to the financial results. Done when they have appeared, with commentary, in two consecutive board packs.',
    horizonDays: 90,
    ownerRole: 'CFO',
  },
  {
    id: 'act-commit-reliability',
    rule: 'commitment:commit-reliability',
    title: 'Fix the operational failures that let customers down most often',
    description:
      'Use complaint and service data to find the five operational failures that most often let customers down, such as late deliveries or billing errors. Give each an owner and a deadline, and report progress at the customer forum. Done when each failure shows a measured reduction.',
    horizonDays: 90,
    ownerRole: 'COO',
  },
  {
    id: 'act-commit-value',
    rule: 'commitment:commit-value',
    title: 'Define the distinct value we deliver to customers and test it with them',
    description:
      'Work with sales, marketing and product to state what customers get from us that they cannot easily get elsewhere, and test the statement with a sample of customers. Done when the statement is agreed, backed by customer feedback, and used in planning and sales material.',
    horizonDays: 90,
    ownerRole: 'CEO',
  },
  // Accountability targets
  {
    id: 'act-target-assets',
    rule: 'target:target-assets',
    title: 'Set an owned target for customers gained and lost',
    description:
      'Set a target for the customers to be gained and lost in the coming year, by both count and value, and name the executive who owns it. Put it in the annual plan and review it monthly at the customer forum. Done when the target, its owner and the review dates are in the approved plan.',
    horizonDays: 90,
    ownerRole: 'CFO',
  },
  {
    id: 'act-target-service',
    rule: 'target:target-service',
    title: 'Set an owned target for service performance and customer rescue',
    description:
      'Define how service performance is measured, including how many at-risk customers are spotted and kept, and set a target for the year with a named owner. Done when the target is in the annual plan and the customer forum reviews it every month.',
    horizonDays: 90,
    ownerRole: 'Head of Customer Service',
  },
  {
    id: 'act-target-listening',
    rule: 'target:target-listening',
    title: 'Set an owned target for resolving the issues that drive customers away',
    description:
      'From customer feedback and lost-customer interviews, list the main issues pushing customers away and set a target for how many will be resolved and by when. Name the owner and add progress to the customer forum agenda. Done when the target is in the annual plan and the first issues have owners.',
    horizonDays: 90,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-target-operational',
    rule: 'target:target-operational',
    title: 'Set owned operational targets for each priority customer contact',
    description:
      'For each priority contact and moment of truth, set a measure and a target for how well it is handled, including the handoffs between departments. Name an owner for each and review them at the customer forum. Done when every priority contact has a target and an owner in the annual plan.',
    horizonDays: 180,
    ownerRole: 'COO',
  },
  // Misaligned statements
  {
    id: 'act-misaligned',
    rule: 'misaligned',
    title: 'Settle the team’s split view with evidence: {statement}',
    description:
      'Hold a focused session of about an hour with the people who rated this statement highest and lowest, and ask each side to bring the evidence behind its rating. Agree what is actually true, what evidence would settle any remaining doubt, and who will collect it. Done when the team holds one recorded view of the statement with its evidence, and any follow-up has an owner and a date.',
    horizonDays: 30,
    ownerRole: 'Leadership team',
  },
  // Perception gaps between role groups
  {
    id: 'act-gap-leadership',
    rule: 'perception-gap:leadership',
    title: 'Compare how {high} and {low} see customer leadership, in one room',
    description:
      'Bring a few people from {high} and from {low} together for an hour, with the CEO listening rather than presenting. Ask each side for concrete examples behind its rating: decisions, visits and messages that did or did not show the customer destination. Done when both views have been heard side by side and the leadership team has named one visible change that would close the gap, with an owner and a date.',
    horizonDays: 30,
    ownerRole: 'CEO',
  },
  {
    id: 'act-gap-listening',
    rule: 'perception-gap:listening',
    title: 'Check what customer feedback reaches {high} and {low}',
    description:
      'List the customer feedback each group actually sees in a normal month: reports, complaints, calls, visits and conversations. Compare the two lists and find where feedback stops before it reaches one group, or reaches it and is never acted on. Done when both groups have reviewed the comparison and each break in the flow of feedback has an owner who will mend it.',
    horizonDays: 30,
    ownerRole: 'Chief Customer Officer',
  },
  {
    id: 'act-gap-metrics',
    rule: 'perception-gap:metrics',
    title: 'Give {high} and {low} the same customer figures',
    description:
      'Find out which customer measures each group uses and trusts, and where its figures come from. Where the groups work from different numbers, or one group sees none, agree one shared set and a regular way of passing it on. Done when both groups receive the same customer figures on the same schedule and can say what they mean for their own work.',
    horizonDays: 90,
    ownerRole: 'CFO',
  },
  {
    id: 'act-gap-accountability',
    rule: 'perception-gap:accountability',
    title: 'Trace why {high} and {low} disagree on whether customer issues get fixed',
    description:
      'Take five recent customer issues and follow each from the first report to its outcome, with people from both groups in the review. Note who owned the issue, where it stalled and who was told about the result. Done when both groups have seen the five traces, the owners and forums that let an issue stall are named, and the changes to them have dates.',
    horizonDays: 90,
    ownerRole: 'COO',
  },
  {
    id: 'act-gap-unified',
    rule: 'perception-gap:unified',
    title: 'Walk one customer journey with {high} and {low} together',
    description:
      'Pick one moment that matters most to customers and walk through it end to end with people from both groups, from the first contact to the result. Mark each handoff where one group sees joined-up service and the other sees departments working apart. Done when every marked handoff has an owner from the departments involved and a second walk-through has checked the changes.',
    horizonDays: 90,
    ownerRole: 'Head of Operations',
  },
  {
    id: 'act-gap-enabling',
    rule: 'perception-gap:enabling',
    title: 'Test with {high} and {low} what the front line can really decide',
    description:
      'Collect ten recent cases where a customer had to wait for a decision, an approval or information. Review them with people from both groups and note, case by case, what the front-line person was allowed to do and what they would have needed. Done when both groups agree the list of missing authority, process and information, and each item has an owner and a date.',
    horizonDays: 30,
    ownerRole: 'Head of Customer Service',
  },
  {
    id: 'act-gap-motivation',
    rule: 'perception-gap:motivation',
    title: 'Compare how {high} and {low} believe customer work is rewarded',
    description:
      'Ask each group which behaviours really earn pay, promotion and praise today, and check the answers against the pay plans and recent performance reviews. Write down where the rules and either group’s experience differ. Done when both groups have seen the findings and the leadership team has agreed one change to pay or recognition that closes the largest difference.',
    horizonDays: 90,
    ownerRole: 'CHRO',
  },
  // Priority contacts with a gap
  {
    id: 'act-contact-rescue',
    rule: 'contact-gap:rescue',
    title: 'Make it faster to rescue customers in distress at: {contact}',
    description:
      'Walk through recent cases where customers in difficulty went through this contact and note where they waited, repeated themselves or were passed on. Give the front line the authority and information to resolve the problem in one step, and set a measure for speed and outcome. Done when the revised handling is in place and the measure shows improvement.',
    horizonDays: 90,
    ownerRole: 'Head of Customer Service',
  },
  {
    id: 'act-contact-revenue',
    rule: 'contact-gap:revenue',
    title: 'Make the revenue-building contact useful to customers: {contact}',
    description:
      'Review how this contact is handled today and whether customers are offered what suits them, based on their record and past purchases. Agree a simple approach between sales and service so that offers are relevant rather than pushy, and measure take-up and customer reaction. Done when the approach is in use and its results are reviewed every month.',
    horizonDays: 90,
    ownerRole: 'Head of Sales',
  },
  {
    id: 'act-contact-request',
    rule: 'contact-gap:request',
    title: 'Make the customer request quick and simple to complete: {contact}',
    description:
      'Measure how long this request takes from the customer’s first contact to completion, and how many steps and handoffs it involves. Remove the steps that do not help the customer and set a target time. Done when most requests meet the target and the figure is tracked at the customer forum.',
    horizonDays: 90,
    ownerRole: 'Head of Operations',
  },
  {
    id: 'act-contact-relationship',
    rule: 'contact-gap:relationship',
    title: 'Build the customer relationship deliberately at: {contact}',
    description:
      'Decide what the customer should feel and know after this contact, and who is responsible for delivering it. Give those staff the customer history they need and a simple way to follow up. Done when the approach is agreed, staff are briefed, and customer feedback on this contact is collected regularly.',
    horizonDays: 90,
    ownerRole: 'Chief Customer Officer',
  },
];
