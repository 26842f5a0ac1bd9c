/** One standard interview question of the bank. */
export interface PrepQuestion {
  id: string;
  group: QuestionGroup;
  text: string;
  /** Asked in nearly every first interview: a prep sheet without an answer to it is not ready. */
  isCore: boolean;
}

export const QUESTION_GROUPS = ['about-you', 'motivation', 'experience', 'teamwork', 'problem-solving', 'growth', 'leadership', 'logistics'] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

// Our own wording of the questions career coaches list as the usual ones; `isCore` marks the
// ones a person should never walk in without an answer to.
const RAW: Array<[QuestionGroup, string, string, boolean]> = [
  ['about-you', 'intro', 'Walk me through your background in two minutes.', true],
  ['about-you', 'strengths', 'What would your last manager say you do best?', true],
  ['about-you', 'weakness', 'What is something you are actively working to get better at?', true],
  ['about-you', 'proud', 'Which piece of work are you proudest of, and why?', false],
  ['about-you', 'describe-yourself', 'How would your colleagues describe working with you?', false],
  ['motivation', 'why-job', 'Why does this particular role appeal to you?', true],
  ['motivation', 'why-company', 'Why do you want to work here rather than somewhere similar?', true],
  ['motivation', 'why-leaving', 'Why are you looking to leave your current job (or why did you leave the last one)?', true],
  ['motivation', 'five-years', 'Where do you want your career to be in a few years?', false],
  ['motivation', 'know-us', 'What do you know about what we do and who we serve?', true],
  ['motivation', 'ideal-environment', 'Describe the setting where you do your best work.', false],
  ['experience', 'relevant-project', 'Tell me about a project that is close to what this role does.', true],
  ['experience', 'hardest-problem', 'What is the hardest problem you have solved at work?', false],
  ['experience', 'tools', 'Which tools or methods from the listing have you used, and how deeply?', false],
  ['experience', 'results', 'Give an example of a result you delivered that you can put a number on.', false],
  ['experience', 'gap', 'Talk me through this gap or change of direction in your CV.', false],
  ['teamwork', 'conflict', 'Tell me about a disagreement with a colleague and how it ended.', true],
  ['teamwork', 'difficult-person', 'Describe working with someone whose style was very different from yours.', false],
  ['teamwork', 'helped-team', 'Tell me about a time you helped a teammate succeed.', false],
  ['teamwork', 'feedback-received', 'Tell me about critical feedback you received and what you did with it.', true],
  ['teamwork', 'cross-team', 'Give an example of getting something done with people outside your team.', false],
  ['problem-solving', 'failure', 'Tell me about something that went wrong and what you learned.', true],
  ['problem-solving', 'pressure', 'Describe a time you had too much to do. How did you decide what came first?', false],
  ['problem-solving', 'ambiguity', 'Tell me about a task where the goal was unclear. How did you move forward?', false],
  ['problem-solving', 'mistake', 'Describe a mistake you made and how you handled it.', false],
  ['problem-solving', 'improvement', 'Tell me about a process you made better.', false],
  ['growth', 'learned-fast', 'Tell me about something you had to learn quickly.', false],
  ['growth', 'change', 'Describe a time your priorities or plans changed suddenly.', false],
  ['growth', 'initiative', 'Tell me about something you started without being asked.', false],
  ['growth', 'customer', 'Tell me about a time you went out of your way for a customer or user.', false],
  ['leadership', 'influence', 'Tell me about convincing others to take your approach without authority over them.', false],
  ['leadership', 'led-project', 'Describe a piece of work you led from start to finish.', false],
  ['leadership', 'mentor', 'Tell me about someone you helped grow.', false],
  ['leadership', 'decision', 'Tell me about a decision you made without all the information you wanted.', false],
  ['leadership', 'underperformer', 'If you have managed people: how did you handle someone who was not performing?', false],
  ['logistics', 'salary', 'What are your salary expectations?', true],
  ['logistics', 'start-date', 'When could you start?', false],
  ['logistics', 'other-interviews', 'Are you interviewing elsewhere?', false],
  ['logistics', 'work-arrangement', 'How do you feel about our schedule and place of work (on site, hybrid, remote)?', false],
  ['logistics', 'questions-for-us', 'What questions do you have for us?', true],
];

/** The bank of about 40 standard interview questions, in groups. */
export const PREP_QUESTIONS: readonly PrepQuestion[] = RAW.map(([group, id, text, isCore]) => ({ id, group, text, isCore }));
