package vn.gov.soctrang.tnmt.tdkt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The real thing in a real browser: Debian's headless Chromium, driven through chromium-driver, against the running
 * app. The Office starts a cycle from Tasklist's start form, the unit registers and its head approves in Camunda
 * Forms, and the Office sees the result on the dashboard. Skipped, with the reason, where Chromium is not installed.
 */
@SharedApplication
class TasklistBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final int YEAR = TestClock.startYear();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Không có Chromium trên máy này (cần gói Debian chromium và chromium-driver): bỏ qua kiểm thử trình duyệt.");
  }

  @BeforeEach
  void openBrowser() {
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(CHROMIUM.toString()));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1100", "--lang=en-US", "--disable-background-networking", "--disable-sync",
        "--disable-component-update");
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(45));
  }

  @AfterEach
  void closeBrowser() throws java.io.IOException {
    if (browser != null) {
      // The last screen, for whoever reads a failure.
      Path shot = Path.of("target", "e2e-last-screen.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(
          org.openqa.selenium.OutputType.BYTES));
      browser.quit();
    }
  }

  @Test
  void theOfficeStartsTheYearTheUnitRegistersItsHeadApprovesAndTheDashboardShowsIt() {
    logIn("vanphong");
    assertThat(text()).as("Tasklist speaks Vietnamese by default, in an English browser too")
        .contains("Bắt đầu quy trình");
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//a[normalize-space(.)='Chu trình thi đua, khen thưởng năm']"));
    field("Năm thi đua").sendKeys(String.valueOf(YEAR));
    WebElement deadline = field("Hạn nộp báo cáo của các đơn vị");
    deadline.sendKeys(TestClock.today().plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    click(By.xpath("//label[starts-with(normalize-space(.),'Năm thi đua')]"));
    click(By.cssSelector(".modal-footer .btn-primary"));
    ProcessInstance cycle = waitFor(() -> runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ANNUAL_CYCLE)
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(YEAR)).singleResult());
    // The job executor (off in tests) starts the units' report instances the start left as jobs.
    vn.gov.soctrang.tnmt.tdkt.Jobs.startUnitReports(management);
    logOut();

    logIn("qlddcv");
    // The clerk's first screen, without a click: the filter Tasklist opens lists the unit's registration, counted.
    wait.until(d -> firstScreenLists("Đăng ký thi đua"));
    WebElement opened = browser.findElement(By.cssSelector(".task-filter.active"));
    assertThat(opened.getText()).as("the filter Tasklist opens after login").contains("Việc cần xử lý");
    assertThat(opened.findElement(By.cssSelector(".counter")).getText()).as("its count").matches("[1-9][0-9]*");
    openTask("Đăng ký thi đua");
    field("Nội dung đăng ký thi đua").sendKeys("Phấn đấu hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao");
    field("Nội dung hỗ trợ địa phương").sendKeys("Hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất");
    WebElement locality = field("Địa phương đăng ký chỉ đạo, hỗ trợ");
    wait.until(d -> "Tìm kiếm…".equals(locality.getDomAttribute("placeholder")));
    locality.click();
    locality.sendKeys("Phú Tâm");
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'Phú Tâm')]"));
    completeTask();
    Task draft = waitFor(() -> unitTask(cycle, UserTask.DRAFT_REPORT));
    logOut();

    // The report itself is long; it goes in through the engine as qlddcv, then the head approves in the browser.
    identity.setAuthentication("qlddcv", groupsOf("qlddcv"));
    try {
      tasks.complete(draft.getId(), Map.of("guidanceOnTime", true, "propagandaDone", true, "localitySupported", true,
          "reportSummary", "Hoàn thành các tiêu chí của phong trào năm " + YEAR));
    } finally {
      identity.clearAuthentication();
    }

    logIn("qlddtruong");
    openTask("Phê duyệt báo cáo của đơn vị");
    click(By.xpath("//label[contains(normalize-space(.),'Duyệt, gửi Văn phòng Sở')]"));
    completeTask();
    waitFor(() -> unitTask(cycle, UserTask.REVIEW_REPORT));
    logOut();

    logIn("vanphong");
    browser.get(base() + "/dashboard/?year=" + YEAR);
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phòng Quản lý đất đai"));
    } catch (org.openqa.selenium.TimeoutException e) {
      Object probe = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
          + "fetch('/api/cycles', {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json'}})"
          + ".then(r => r.text().then(t => done(r.status + ' ' + t))).catch(x => done('threw ' + x));");
      System.out.println("PROBE /api/cycles: " + probe + " cookies " + browser.manage().getCookies());
      throw e;
    }
    wait.until(d -> text().contains("Chờ Văn phòng tiếp nhận"));

    // Every kind of commendation together: the Office picks the Department's totals, a table per year and kind.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commendations-section")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("commendations-kind")))
        .selectByValue("department");
    click(By.cssSelector("#commendations-form button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commendations-totals")));
    assertThat(browser.findElement(By.id("commendations-subject")).getText()).contains("(toàn Sở)");
    assertThat(browser.findElements(By.cssSelector("#commendations-totals tbody tr"))).isNotEmpty();
  }

  @Test
  void noWebappShowsCamundasEndOfLifeBarToItsUsers() {
    browser.get(base() + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đăng nhập"));
    assertNoEndOfLifeBar("the login page");
    logIn("admin");
    assertNoEndOfLifeBar("Tasklist");
    for (String app : List.of("cockpit", "admin", "welcome")) {
      browser.get(base() + "/camunda/app/" + app + "/default/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header] .navbar-brand")));
      assertNoEndOfLifeBar(app);
    }
  }

  /** The bar is in every webapp's header for the Community Edition; the Department's styles hide it. */
  private void assertNoEndOfLifeBar(String where) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header]")));
    List<WebElement> bars = browser.findElements(By.cssSelector(".ce-eol-banner"));
    assertThat(bars).as("%s has Camunda's end-of-life bar in its header", where).isNotEmpty();
    assertThat(bars).as("%s shows the end-of-life bar", where).noneMatch(WebElement::isDisplayed);
    assertThat(text()).as("%s shows the end-of-life notice", where).doesNotContain("Camunda 8");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void logIn(String user) {
    browser.get(base() + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đăng nhập"));
    // The page may re-render once its language is applied: type until both fields hold what was typed.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      WebElement name = d.findElement(By.cssSelector("input[type=text]"));
      WebElement password = d.findElement(By.cssSelector("input[type=password]"));
      name.clear();
      name.sendKeys(user);
      password.clear();
      password.sendKeys("demo");
      return user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
    });
    click(By.cssSelector("button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
  }

  private void logOut() {
    browser.manage().deleteAllCookies();
    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear();");
  }

  /** Whether the task list shown (the filter Tasklist opened by itself) holds a task of that name. */
  private boolean firstScreenLists(String name) {
    return !browser.findElements(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(text())='" + name
        + "']")).isEmpty();
  }

  private void openTask(String name) {
    // No filter is chosen: the one Tasklist opens after login lists what the person can act on now.
    click(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(text())='" + name + "']"));
    List<WebElement> claim = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("button.claim"));
      return found.isEmpty() && d.findElements(By.cssSelector(".fjs-form")).isEmpty() ? null : found;
    });
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** The input a form-js label names. */
  private WebElement field(String label) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[starts-with(normalize-space(.),'"
        + label + "')]/following::*[self::input or self::textarea][1]")));
  }

  /** Clicks once the element is there and enabled, again if Angular re-rendered it in between. */
  private void click(By by) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .until(d -> {
          WebElement element = d.findElement(by);
          if (!element.isDisplayed() || !element.isEnabled()) {
            return false;
          }
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return true;
        });
  }

  private void completeTask() {
    assertThat(browser.findElement(By.cssSelector("button[ng-click='complete()']")).getText().strip())
        .isEqualTo("Hoàn thành");
    click(By.cssSelector("button[ng-click='complete()']"));
  }

  private Task unitTask(ProcessInstance cycle, UserTask userTask) {
    return tasks.createTaskQuery().processInstanceBusinessKey(cycle.getBusinessKey())
        .taskDefinitionKey(userTask.id()).processVariableValueEquals("unitCode", "qldd").singleResult();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private <T> T waitFor(java.util.function.Supplier<T> probe) {
    return wait.until(d -> probe.get());
  }
}
