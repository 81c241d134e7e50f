package vn.gov.soctrang.tnmt.tdkt.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Council's shares are compared exactly, at the boundary, for every Council size the Department may have. */
class RatioTest {

  /** Two thirds: the fewest members that make a quorum, by Council size. */
  static Stream<Arguments> twoThirds() {
    // ceil(2n/3) for n = 3..15, written out rather than computed the way the code does.
    int[] fewest = {2, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 10, 10};
    return IntStream.rangeClosed(3, 15).mapToObj(n -> Arguments.of(n, fewest[n - 3]));
  }

  @ParameterizedTest(name = "{0} thành viên: {1} có mặt là đủ 2/3, {1} − 1 là không")
  @MethodSource("twoThirds")
  void exactlyTwoThirdsIsAQuorum(int members, int fewest) {
    Ratio quorum = Ratio.parse("2/3");
    assertThat(quorum.reachedBy(fewest, members)).isTrue();
    assertThat(quorum.reachedBy(fewest - 1, members)).isFalse();
    assertThat(quorum.minimumOf(members)).isEqualTo(fewest);
  }

  @ParameterizedTest(name = "2/3 của {0} là đúng {1} người")
  @CsvSource({"6,4", "9,6", "12,8", "15,10"})
  void twoThirdsOfMultiplesOfThreeIsReachedExactly(int members, int exactlyTwoThirds) {
    assertThat(Ratio.parse("2/3").reachedBy(exactlyTwoThirds, members)).isTrue();
    // A percentage rounded up (66.67 % was stored before) refuses the exact two thirds.
    assertThat(Ratio.parse("67%").reachedBy(exactlyTwoThirds, members)).isFalse();
  }

  /** 80 % of all members, as the decree requires for Chiến sĩ thi đua cơ sở. */
  static Stream<Arguments> eightyPercent() {
    int[] fewest = {3, 4, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12};
    return IntStream.rangeClosed(3, 15).mapToObj(n -> Arguments.of(n, fewest[n - 3]));
  }

  @ParameterizedTest(name = "{0} thành viên: cần {1} phiếu đồng ý (80%)")
  @MethodSource("eightyPercent")
  void eightyPercentOfAllMembers(int members, int fewest) {
    Ratio share = Ratio.parse("80%");
    assertThat(share.reachedBy(fewest, members)).isTrue();
    assertThat(share.reachedBy(fewest - 1, members)).isFalse();
  }

  @ParameterizedTest(name = "quá 1/2 của {0}: {1} đủ, {2} không")
  @CsvSource({"6,4,3", "7,4,3", "8,5,4", "9,5,4", "10,6,5"})
  void moreThanHalfIsStrict(int members, int enough, int notEnough) {
    Ratio majority = Ratio.parse(">1/2");
    assertThat(majority.reachedBy(enough, members)).isTrue();
    assertThat(majority.reachedBy(notEnough, members)).isFalse();
    assertThat(majority.minimumOf(members)).isEqualTo(enough);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2/3|từ 2/3 trở lên|2/3", "80%|từ 80% trở lên|80%", ">1/2|quá 1/2|>1/2",
      "' 9 / 10 '|từ 9/10 trở lên|9/10"})
  void readsAndWritesTheShare(String text, String label, String value) {
    Ratio r = Ratio.parse(text);
    assertThat(r.label()).isEqualTo(label);
    assertThat(r.value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"66.67", "3/2", "0%", "abc", "''", "2/0"})
  void refusesWhatIsNotAShare(String text) {
    assertThat(Ratio.read(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void anEmptyCouncilReachesNothing(int members) {
    assertThat(Ratio.parse("1/2").reachedBy(0, members)).isFalse();
  }
}
