// Messages for the mail import's tests: written like an ATS's and a recruiter's mail.

/** A raw message; `id` null leaves out the Message-ID. */
export function mail(opts: { id: string | null; from: string; subject: string; date: string; body: string }): string {
  return [`From: ${opts.from}`, `Subject: ${opts.subject}`, `Date: ${opts.date}`, ...(opts.id ? [`Message-ID: <${opts.id}@test.invalid>`] : []), 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', opts.body, ''].join('\n');
}

export const RECEIVED = mail({ id: 'm1', from: '"Quillstone" <no-reply@hire.lever.co>', subject: 'Thank you for applying to Quillstone', date: 'Mon, 02 Nov 2026 10:00:00 +0000', body: 'Hi Alex,\n\nThank you for applying for the Data Analyst position at Quillstone. We have received your application and our team will review it.\n\nThe Quillstone Talent Team' });
export const REJECTED = mail({ id: 'm2', from: '"Quillstone" <no-reply@hire.lever.co>', subject: 'Your application to Quillstone', date: 'Mon, 16 Nov 2026 10:00:00 +0000', body: 'Hi Alex,\n\nThank you for your interest in the Data Analyst role at Quillstone. Unfortunately we have decided not to move forward with your application.\n\nThe Quillstone Talent Team' });
export const CLOSED = mail({ id: 'm3', from: '"Orbit Foods" <careers@orbitfoods.com>', subject: 'Update on the Planner position', date: 'Tue, 17 Nov 2026 09:00:00 +0000', body: 'Dear Alex,\n\nThank you for interviewing for the Planner role at Orbit Foods. We regret to tell you that the position has been cancelled due to a budget freeze, so we are closing the search.\n\nBest,\nOrbit Foods Recruiting' });
export const NEWSLETTER = mail({ id: 'm4', from: '"JobBoard Weekly" <news@jobboard.example>', subject: '25 new jobs for you', date: 'Wed, 18 Nov 2026 07:00:00 +0000', body: 'New jobs matching your alert: Data Analyst at Acme, Planner at Beta. Unsubscribe any time.' });

export const INVITED = mail({ id: 'm5', from: '"Orbit Foods" <careers@orbitfoods.com>', subject: 'Interview for the Planner role', date: 'Mon, 30 Nov 2026 09:00:00 +0000', body: 'Dear Alex,\n\nThank you for applying. We would like to invite you to an interview for the Planner role at Orbit Foods on Tuesday, December 8 at 3:30 PM Eastern. Join on Zoom: https://zoom.us/j/8123456\n\nBest,\nOrbit Foods Recruiting' });
/** The same interview again, in a second message (a reminder): the round already recorded, not the next one. */
export const INVITE_REMINDER = mail({ id: 'm6', from: '"Orbit Foods" <careers@orbitfoods.com>', subject: 'Reminder: interview for the Planner role', date: 'Mon, 30 Nov 2026 15:00:00 +0000', body: 'Dear Alex,\n\nYou are confirmed for your interview for the Planner role at Orbit Foods on Tuesday, December 8 at 3:30 PM Eastern. Join on Zoom: https://zoom.us/j/8123456\n\nBest,\nOrbit Foods Recruiting' });
