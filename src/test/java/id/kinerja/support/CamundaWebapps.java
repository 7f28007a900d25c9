package id.kinerja.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user does in Tasklist and Cockpit, with selectors that survive translations: the
 * webapps' Angular bindings ({@code ng-model}, {@code ng-click}) and form-js's element ids, which
 * end with the form component's id ({@code …-Field_UraianRhk_0} for the first row of a dynamic
 * list). Every wait is explicit.
 */
public final class CamundaWebapps {

  public static final Duration PATIENCE = Duration.ofSeconds(40);
  private static final Duration FIRST_PAGE = Duration.ofSeconds(120);

  private final HeadlessChromium browser;
  private final String baseUrl;

  public CamundaWebapps(HeadlessChromium browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  public WebDriver driver() {
    return browser.driver();
  }

  public WebDriverWait waiting() {
    return browser.waitUpTo(PATIENCE);
  }

  /** Opens the webapp (tasklist, cockpit, admin) and logs in through its own login form. */
  public void logIn(String app, String user, String password) {
    driver().manage().deleteAllCookies();
    driver().get(baseUrl + "/camunda/app/" + app + "/default/#/login");
    // the first visit of a test run also warms up the webapp: allow it more time
    WebElement username = browser.waitUpTo(FIRST_PAGE).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    WebElement passwordField = driver().findElement(By.cssSelector("input[ng-model='password']"));
    // the login form focuses the user name field once it has rendered, which can take the focus away
    // while the password is typed (seen in CI: "<nip>demo" in the user name field): type until both hold
    for (int attempt = 0; attempt < 3; attempt++) {
      replaceText(username, user);
      replaceText(passwordField, password);
      if (user.equals(username.getDomProperty("value")) && password.equals(passwordField.getDomProperty("value"))) {
        break;
      }
    }
    browser.screenshot(app + "-login");
    driver().findElement(By.cssSelector("form button[type='submit']")).click();
    // logged in: the header shows the user's menu and the login form is gone
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    waiting().until(ExpectedConditions.urlMatches("#/(?!login)"));
  }

  /** Clicks the task in the Tasklist list and waits for its Camunda Form to render. */
  public void openTask(String taskId) {
    By link = By.cssSelector(".tasks-list li.task a[href$='task=" + taskId + "']");
    click(waiting().until(ExpectedConditions.elementToBeClickable(link)));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** A form-js field by its component id and, inside dynamic lists, its row indexes. */
  public By field(String componentId, int... rows) {
    StringBuilder suffix = new StringBuilder("-").append(componentId);
    for (int row : rows) {
      suffix.append('_').append(row);
    }
    return By.cssSelector("[id$='" + suffix + "']");
  }

  public WebElement visible(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public boolean present(By by) {
    return !driver().findElements(by).isEmpty() && driver().findElement(by).isDisplayed();
  }

  /** Types into a text field or text area, replacing what it held. */
  public void type(By by, String text) {
    WebElement element = visible(by);
    scrollTo(element);
    element.click();
    replaceText(element, text);
  }

  private static void replaceText(WebElement element, String text) {
    element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    element.sendKeys(text);
  }

  /** Picks an option of a form-js select (plain or searchable) by its label. */
  public void choose(By select, String optionLabel) {
    WebElement element = waiting().until(ExpectedConditions.presenceOfElementLocated(select));
    List<WebElement> display = driver().findElements(By.id(element.getAttribute("id") + "-display"));
    if (!display.isEmpty() && display.get(0).getText().trim().equals(optionLabel)) {
      return;
    }
    openDropdown(select);
    click(waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + xpathLiteral(optionLabel) + "]"))));
  }

  /** Picks the first option of a form-js select; returns its label. */
  public String chooseFirst(By select) {
    openDropdown(select);
    WebElement first = waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item")));
    String label = first.getText().trim();
    click(first);
    return label;
  }

  private void openDropdown(By select) {
    WebElement element = waiting().until(ExpectedConditions.presenceOfElementLocated(select));
    // a plain select shows a display div over its hidden input; a searchable one is a text input
    List<WebElement> display = driver().findElements(By.id(element.getAttribute("id") + "-display"));
    WebElement target = display.isEmpty() ? element : display.get(0);
    click(waiting().until(ExpectedConditions.elementToBeClickable(target)));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
  }

  /** Clicks the label of a radio option of a form-js radio group. */
  public void chooseRadio(String optionLabel) {
    click(waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()=" + xpathLiteral(optionLabel) + "]"))));
  }

  /** The "add" button of the dynamic list with this component id (not of a list nested in it). */
  public void addRow(String listComponentId) {
    WebElement add = (WebElement) ((JavascriptExecutor) driver()).executeScript(
        "return Array.from(document.querySelectorAll('button.fjs-repeat-render-add')).find(b => {"
            + " const group = b.closest('[role=group]');"
            + " return group && group.getAttribute('aria-labelledby').endsWith('-' + arguments[0]); })",
        listComponentId);
    if (add == null) {
      throw new AssertionError("No add button for the dynamic list " + listComponentId);
    }
    click(add);
  }

  public WebElement completeButton() {
    return visible(By.cssSelector("button.btn-primary[ng-click='complete()']"));
  }

  /**
   * Clicks "Complete", which must be enabled: Tasklist enables it while the form has no errors
   * (after an edit inside a dynamic list only thanks to scripts/kinerja-formulir.js).
   */
  public void complete() {
    click(waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button.btn-primary[ng-click='complete()']"))));
  }

  /**
   * Before a class of browser tests: skips them (with the reason) where Chromium is not installed,
   * and gets the application's webapps started ({@link #skipEngineDiscovery}, {@link #warmUp}).
   */
  public static void prepareForBrowserTests(int port) {
    org.junit.jupiter.api.Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    skipEngineDiscovery();
    warmUp("http://localhost:" + port);
  }

  /**
   * The webapps' servlets, filters and REST resources start on their first request; on a busy
   * machine that first start can outlast a page load. Asks for the shell, its scripts and the
   * engine list once over plain HTTP, so the first browser meets a started application.
   */
  public static void warmUp(String baseUrl) {
    var http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/lib/deps.js", "/camunda/lib/runtime.js",
        "/camunda/app/tasklist/camunda-tasklist-bootstrap.js", "/camunda/api/engine/engine/",
        "/camunda/app/cockpit/default/", "/camunda/app/cockpit/camunda-cockpit-bootstrap.js",
        "/camunda/app/welcome/default/", "/camunda/app/welcome/camunda-welcome-bootstrap.js")) {
      try {
        // only the server's start-up matters here; the journeys check what the pages show
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
            .timeout(Duration.ofMinutes(3)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The webapps list the engines through Camunda's static registry, which on first use scans the
   * classpath for camunda.cfg.xml and would build the plain process tests' engine inside the
   * application under test, slowly. The Spring test contexts register their own engines, so the
   * scan is marked as done.
   */
  public static void skipEngineDiscovery() {
    EngineRegistry.markInitialized();
  }

  private abstract static class EngineRegistry extends org.camunda.bpm.engine.ProcessEngines {
    static void markInitialized() {
      isInitialized = true;
    }
  }

  /** Waits for a notification (top right) containing the text; returns all notifications' text. */
  public String notificationContaining(String text) {
    By notifications = By.cssSelector(".page-notifications");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(notifications, text));
    return driver().findElement(notifications).getText();
  }

  public void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  public void scrollTo(WebElement element) {
    // fixed header, banner and footer would intercept clicks on elements at the window's edge
    ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(script, args);
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
