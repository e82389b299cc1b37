package io.github.vanban.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void defaultListensOnLoopbackOnly() {
    assertEquals("127.0.0.1", ServerConfig.DEFAULT.bind());
    assertEquals(8080, ServerConfig.DEFAULT.port());
    assertEquals(20 << 20, ServerConfig.DEFAULT.maxUploadBytes());
  }

  @Test
  void copiesChangeOneValue() {
    ServerConfig c = ServerConfig.DEFAULT.withBind("0.0.0.0").withPort(0).withMaxUploadBytes(10);
    assertEquals(new ServerConfig("0.0.0.0", 0, 10, 32 << 20, 4), c);
    assertEquals(5, c.withMaxResponseBytes(5).maxResponseBytes());
  }

  @Test
  void badValuesFailAtConstruction() {
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.DEFAULT.withPort(70_000));
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.DEFAULT.withPort(-1));
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.DEFAULT.withMaxUploadBytes(0));
    assertThrows(NullPointerException.class, () -> ServerConfig.DEFAULT.withBind(null));
  }
}
