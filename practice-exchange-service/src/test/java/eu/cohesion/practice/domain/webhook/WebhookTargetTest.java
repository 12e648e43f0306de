package eu.cohesion.practice.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://hooks.example.org/cohesion", "https://203.0.113.7:8443/in?x=1"})
  void publicHttpsTargetsAreAccepted(String url) {
    assertEquals(url, WebhookTarget.check(url, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://hooks.example.org/in",
        "https://10.0.0.5/in",
        "https://192.168.1.20/in",
        "https://172.16.3.4/in",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/in",
        "https://0.0.0.0/in",
        "https://[fd00::1]/in",
        "https://[fe80::1]/in",
        "https://localhost/in",
        "http://127.0.0.1:9000/in",
        "https://user:pw@hooks.example.org/in",
        "https://hooks.example.org/in#part",
        "ftp://hooks.example.org/in",
        "/relative",
        "not a url",
        ""
      })
  void everythingElseIsRefusedInProduction(String url) {
    assertThrows(WebhookRuleException.class, () -> WebhookTarget.check(url, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://127.0.0.1:9000/in", "http://localhost:9000/in", "http://[::1]:9000/in"})
  void plainHttpToThisMachineOnlyWhereAllowed(String url) {
    assertEquals(url, WebhookTarget.check(url, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.5/in", "http://hooks.example.org/in"})
  void plainHttpElsewhereStaysRefusedInDevelopment(String url) {
    assertThrows(WebhookRuleException.class, () -> WebhookTarget.check(url, true));
  }

  @org.junit.jupiter.api.Test
  void resolvedAddressesAreCheckedAtDelivery() throws Exception {
    assertFalse(WebhookTarget.mayCall(InetAddress.getByName("10.1.2.3"), true));
    assertFalse(WebhookTarget.mayCall(InetAddress.getByName("127.0.0.1"), false));
    assertTrue(WebhookTarget.mayCall(InetAddress.getByName("127.0.0.1"), true));
    assertTrue(WebhookTarget.mayCall(InetAddress.getByName("203.0.113.7"), false));
  }
}
