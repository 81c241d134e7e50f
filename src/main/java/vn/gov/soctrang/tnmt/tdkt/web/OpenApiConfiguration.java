package vn.gov.soctrang.tnmt.tdkt.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicPages;

/**
 * The app's own API documented with OpenAPI: the spec at /v3/api-docs, the browsable UI at /swagger-ui/index.html.
 * The Camunda engine API (/engine-rest) has its own documentation and is not part of it.
 */
@Configuration
class OpenApiConfiguration {

  static final String BASIC = "basicAuth";

  @Bean
  OpenAPI tdktOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("API Thi đua – Khen thưởng")
            .version("1")
            .description("API của hệ thống quy trình thi đua, khen thưởng hằng năm: chu trình thi đua, đề nghị khen "
                + "thưởng, sổ khen thưởng, bảng theo dõi, thống kê, xuất CSV/Excel, quản trị tổ chức và thiết lập. "
                + "Xác thực bằng HTTP Basic với tài khoản Camunda, hoặc phiên đăng nhập Tasklist/Cockpit trên cùng "
                + "trình duyệt (chỉ với yêu cầu GET). Trang công bố (/cong-bo) không cần đăng nhập."))
        .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("Tài khoản Camunda (tên đăng nhập và mật khẩu)")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** The app's API and its public pages; the public pages need no login. */
  @Bean
  GroupedOpenApi tdktApi() {
    return GroupedOpenApi.builder()
        .group("tdkt")
        .displayName("Thi đua – Khen thưởng")
        .pathsToMatch("/api/**", PublicPages.root(), PublicPages.root() + "/**")
        .addOpenApiCustomizer(api -> {
          if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> {
              if (path.startsWith(PublicPages.root())) {
                item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
              }
            });
          }
        })
        .build();
  }
}
