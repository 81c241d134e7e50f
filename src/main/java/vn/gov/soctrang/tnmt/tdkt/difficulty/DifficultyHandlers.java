package vn.gov.soctrang.tnmt.tdkt.difficulty;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/** The three steps of a difficulty: the Office routes it, the resolver answers, the unit reviews the answer. */
@Configuration
class DifficultyHandlers {

  /** Whether the unit accepts the answer; the codes are what the form submits. */
  public enum Satisfied { YES, NO }

  @Bean
  TaskSubmissionHandler routeDifficultyHandler(DifficultyService difficulties) {
    return TaskSubmissionHandler.of(UserTask.ROUTE_DIFFICULTY, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String group = form.text(DifficultyReportVariables.RESOLVER_GROUP, "Giao cho", true, 64);
      String note = form.text(DifficultyReportVariables.ROUTING_NOTE, "Ý kiến chỉ đạo", false, 4000);
      form.validate();
      difficulties.route(DifficultyReportVariables.DIFFICULTY_ID.get(task), group, note);
      DifficultyReportVariables.ROUTING_NOTE_TEXT.set(task, Markdown.escape(note));
    });
  }

  @Bean
  TaskSubmissionHandler answerDifficultyHandler(DifficultyService difficulties) {
    return TaskSubmissionHandler.of(UserTask.ANSWER_DIFFICULTY, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String answer = form.text(DifficultyReportVariables.ANSWER, "Nội dung trả lời", true, 4000);
      form.validate();
      difficulties.answer(DifficultyReportVariables.DIFFICULTY_ID.get(task), answer, actor);
      DifficultyReportVariables.ANSWER_TEXT.set(task, Markdown.escape(answer));
    });
  }

  @Bean
  TaskSubmissionHandler reviewDifficultyAnswerHandler(DifficultyService difficulties) {
    return TaskSubmissionHandler.of(UserTask.REVIEW_DIFFICULTY_ANSWER, (task, actor) -> {
      FormValues form = FormValues.of(task);
      Satisfied satisfied = form.choice(DifficultyReportVariables.SATISFIED, "Ý kiến của đơn vị về trả lời",
          Satisfied.class, true);
      String feedback = form.text(DifficultyReportVariables.FEEDBACK, "Ý kiến của đơn vị", false, 4000);
      form.validate();
      difficulties.review(DifficultyReportVariables.DIFFICULTY_ID.get(task), satisfied == Satisfied.YES, feedback);
      DifficultyReportVariables.FEEDBACK_TEXT.set(task, Markdown.escape(feedback));
    });
  }
}
