/** Tables of issue 15's e-mail reminders. */
export interface RemindersTables {
  remindersSent: RemindersSentTable;
}

export interface RemindersSentTable {
  ownerId: string;
  /** `digest:YYYY-MM-DD` or `thank_you:<interviewer>:<deadline>`: unique per owner for all time. */
  key: string;
  kind: string;
  claimedAt: string;
  /** Null while the send is under way, or for a digest that had nothing in it. */
  sentAt: string | null;
}
