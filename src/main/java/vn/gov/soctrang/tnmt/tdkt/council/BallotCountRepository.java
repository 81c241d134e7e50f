package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;

public interface BallotCountRepository extends JpaRepository<BallotCount, Long> {

  List<BallotCount> findByMeetingId(Long meetingId);

  /**
   * Opens the ballot: one zero count per nomination of the cycle that met the criteria, written by the database in
   * one statement (a province has thousands).
   *
   * @return the counts opened
   */
  @Modifying(flushAutomatically = true)
  @Query("insert into BallotCount (meetingId, itemId, nominationId, approvals, rejections)"
      + " select :meetingId, n.id, n.id, 0, 0 from Nomination n where n.cycleId = :cycleId and n.status = :status")
  int open(@Param("meetingId") Long meetingId, @Param("cycleId") Long cycleId,
      @Param("status") NominationStatus status);

  /**
   * Adds one ballot to every count of the meeting in one statement: an approval where the nomination is among
   * {@code approved} (never empty), a rejection elsewhere. The database adds to the value it holds, so concurrent
   * ballots are counted one after the other on each row, and one statement takes the rows' locks in one order.
   *
   * @return the counts updated: the meeting's ballot size
   */
  @Modifying(flushAutomatically = true)
  @Query("update BallotCount c set"
      + " c.approvals = c.approvals + case when c.itemId in :approved then 1 else 0 end,"
      + " c.rejections = c.rejections + case when c.itemId in :approved then 0 else 1 end"
      + " where c.meetingId = :meetingId")
  int count(@Param("meetingId") Long meetingId, @Param("approved") Collection<Long> approved);

  /** Adds one ballot that approves nothing to every count of the meeting. */
  @Modifying(flushAutomatically = true)
  @Query("update BallotCount c set c.rejections = c.rejections + 1 where c.meetingId = :meetingId")
  int countRejectingAll(@Param("meetingId") Long meetingId);
}
