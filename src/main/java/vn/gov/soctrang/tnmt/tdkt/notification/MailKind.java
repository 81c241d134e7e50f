package vn.gov.soctrang.tnmt.tdkt.notification;

/** Why a mail is sent. */
enum MailKind {
  /** A task was created for groups the recipient belongs to. */
  TASK_FOR_GROUP,
  /** A task was assigned to the recipient. */
  TASK_ASSIGNED,
  /** The task's due date is within the reminder window. */
  DEADLINE_NEAR,
  /** The task's due date has passed; the Office gets a copy. */
  OVERDUE
}
