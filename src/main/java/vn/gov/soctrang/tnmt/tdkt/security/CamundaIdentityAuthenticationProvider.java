package vn.gov.soctrang.tnmt.tdkt.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * User name and password (HTTP Basic) checked against Camunda's identity service, the one user directory of the
 * system; the user's Camunda groups become their authorities, by group id.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || user.isEmpty() || password == null || !identity.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu.");
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authoritiesOf(identity, user));
  }

  /** The user's Camunda groups, read now (a membership changed by the administrator counts at once). */
  static List<GrantedAuthority> authoritiesOf(IdentityService identity, String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
