package id.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The calls a test makes to /engine-rest as a demo user (HTTP Basic, password {@code demo}): the
 * shared ground of the tests that drive an appraisal year through the REST API.
 */
public final class DemoEngineRest {

  private final TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  public DemoEngineRest(TestRestTemplate http) {
    this.http = http;
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** A GET that must answer 200; its JSON body. */
  public JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  /** The id of the one task of that definition the user is assigned in the instance. */
  public String taskOf(String user, String instance, String definitionKey) throws Exception {
    JsonNode tasks = get(user, "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + definitionKey + "&assignee=" + user);
    assertThat(tasks).as(user + " has " + definitionKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** A JSON variable as Tasklist reads it: the JSON itself, or JSON text (type "Json"). */
  public JsonNode jsonVariable(String user, String taskId, String name) throws Exception {
    JsonNode value = get(user, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false&variableNames="
        + name).path(name).path("value");
    return value.isTextual() ? json.readTree(value.asText()) : value;
  }

  /** Fires the earliest pending timer of that activity, as the admin. */
  public void fireTimer(String instance, String activityId) throws Exception {
    JsonNode jobs = get("demo", "/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activityId
        + "&sortBy=jobDueDate&sortOrder=asc");
    assertThat(jobs).as("timer " + activityId).isNotEmpty();
    ResponseEntity<String> fired = post("demo", "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", Map.of());
    assertThat(fired.getStatusCode().value()).as(fired.getBody()).isEqualTo(204);
  }

  public static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  public static Map<String, Object> jsonValue(String value) {
    return Map.of("value", value, "type", "Json");
  }
}
