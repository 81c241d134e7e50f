package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The agendas the features registered, by kind; two agendas of one kind stop the application at start-up. */
@Component
class CouncilAgendas {

  private final Map<String, CouncilAgenda> byKind = new LinkedHashMap<>();

  CouncilAgendas(List<CouncilAgenda> agendas) {
    for (CouncilAgenda agenda : agendas) {
      if (!agenda.kind().matches("[A-Z_]{1,20}")) {
        throw new IllegalStateException("Council agenda kind must be 1-20 capitals: " + agenda.kind());
      }
      if (byKind.put(agenda.kind(), agenda) != null) {
        throw new IllegalStateException("Two council agendas of kind " + agenda.kind());
      }
    }
  }

  CouncilAgenda of(String kind) {
    CouncilAgenda agenda = byKind.get(kind);
    if (agenda == null) {
      throw new IllegalStateException("No council agenda of kind " + kind + " (known: " + byKind.keySet() + ")");
    }
    return agenda;
  }
}
