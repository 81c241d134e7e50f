package vn.gov.soctrang.tnmt.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The app's and the engine's REST API called as a demo user (HTTP Basic, the demo password), for the tests that
 * drive a process through REST as the real users would.
 */
public final class DemoUsersRest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };

  private final TestRestTemplate rest;

  public DemoUsersRest(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** The id of the one open task of that step of that process the user sees. */
  public String onlyTask(String user, String processKey, String step) {
    List<Map<String, Object>> open = getList(user, "/engine-rest/task?processDefinitionKey=" + processKey
        + "&taskDefinitionKey=" + step);
    assertThat(open).as("%s of %s", step, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  /** Submits the task's form as Tasklist does, with the values typed as the form would. */
  public ResponseEntity<String> submitForm(String user, String taskId, Map<String, Object> values) {
    return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", FormVariables.of(values)));
  }

  /** A GET that must answer 200 with a JSON list. */
  public List<Map<String, Object>> getList(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, "demo").exchange(path,
        HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** A JSON POST, whatever it answers. */
  public ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }
}
