package vn.gov.soctrang.tnmt.tdkt.publication;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** The movement's totals (final-summary year), the IT Center's publication, and the cycle's close. */
@Configuration
class PublicationProcessAdapters {

  @Bean
  JavaDelegate summarizeMovementDelegate(PublicationService publication) {
    return execution -> publication.summarizeMovement(AnnualCycleVariables.CYCLE_ID.get(execution));
  }

  @Bean
  TaskPreparer publishModelsPreparer(PublicationService publication) {
    return TaskPreparer.of(UserTask.PUBLISH_MODELS, task -> {
      long cycleId = AnnualCycleVariables.CYCLE_ID.get(task);
      PublicationVariables.PUBLICATION_TEXT.set(task, publication.listText(cycleId));
      JsonVariables.set(task, PublicationVariables.FEATURED_OPTIONS, publication.awardOptions(cycleId));
      JsonVariables.set(task, PublicationVariables.FEATURED_AWARDS, List.of());
      PublicationVariables.PUBLICATION_TITLE.set(task, "Điển hình tiên tiến phong trào "
          + publication.movementOf(cycleId)
          .quotedName() + " năm " + AnnualCycleVariables.CYCLE_YEAR.raw(task));
    });
  }

  @Bean
  TaskSubmissionHandler publishModelsHandler(PublicationService publication, TdktProperties properties) {
    return TaskSubmissionHandler.of(UserTask.PUBLISH_MODELS, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String title = form.text(PublicationVariables.PUBLICATION_TITLE, "Tiêu đề bài đăng", true, 300);
      String intro = form.text(PublicationVariables.PUBLICATION_INTRO, "Lời giới thiệu", false, 4000);
      List<String> featured = form.codes(PublicationVariables.FEATURED_AWARDS, "Điển hình tiêu biểu");
      form.validate();
      long cycleId = AnnualCycleVariables.CYCLE_ID.get(task);
      publication.publish(cycleId, title, intro, featured, actor, form.problems());
      PublicationVariables.PUBLIC_PAGE_URL.set(task, properties.publicUrl()
          + PublicPages.yearPath(AnnualCycleVariables.CYCLE_YEAR.raw(task)));
    });
  }

  @Bean
  JavaDelegate finishCycleDelegate(PublicationService publication) {
    return execution -> publication.finish(AnnualCycleVariables.CYCLE_ID.get(execution));
  }
}
