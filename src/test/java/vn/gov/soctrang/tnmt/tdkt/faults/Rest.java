package vn.gov.soctrang.tnmt.tdkt.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP as a demo user (every password is {@code demo}) against an application in another JVM. */
final class Rest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** One answer; {@code status} 2xx means the application has committed what was asked. */
  record Answer(int status, byte[] body) {
    boolean ok() {
      return status / 100 == 2;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + text(), e);
      }
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  Rest(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IOException when no answer came (the connection refused or cut, e.g. the application was killed) */
  Answer get(String user, String path) throws IOException {
    return send(request(user, path).GET().build());
  }

  Answer post(String user, String path, Object body) throws IOException {
    return send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
  }

  Answer put(String user, String path, Object body) throws IOException {
    return send(request(user, path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
  }

  /** GET that must answer 200 (for the driver's reads, where no answer is a test failure). */
  JsonNode read(String user, String path) {
    try {
      Answer answer = get(user, path);
      if (answer.status() != 200) {
        throw new AssertionError("GET " + path + " as " + user + " → " + answer.status() + " " + answer.text());
      }
      return answer.json();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " as " + user, e);
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", basic(user)).header("Accept", "application/json, */*");
  }

  private Answer send(HttpRequest request) throws IOException {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
