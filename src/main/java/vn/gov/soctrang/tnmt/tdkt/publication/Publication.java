package vn.gov.soctrang.tnmt.tdkt.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The IT Center's publication of a year's exemplary collectives and individals (điển hình tiên tiến). */
@Entity
@Table(name = "publication")
public class Publication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false, unique = true)
  private Long cycleId;

  @Column(nullable = false)
  private String title;

  private String introduction;

  @Column(name = "featured_award_ids")
  private String featuredAwardIds;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected Publication() {
  }

  public Publication(Long cycleId, String title, String introduction, List<Long> featured, String publishedBy,
      Instant publishedAt) {
    this.cycleId = cycleId;
    this.title = title;
    this.introduction = introduction;
    this.featuredAwardIds = featured.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  public List<Long> featured() {
    return featuredAwardIds == null || featuredAwardIds.isBlank() ? List.of()
        : Arrays.stream(featuredAwardIds.split(",")).map(Long::valueOf).toList();
  }

  public Long getCycleId() {
    return cycleId;
  }

  public String getTitle() {
    return title;
  }

  public String getIntroduction() {
    return introduction;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
