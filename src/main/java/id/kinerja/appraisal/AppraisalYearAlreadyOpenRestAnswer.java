package id.kinerja.appraisal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A second start of an employee's year through the REST API ({@code POST
 * /engine-rest/process-definition/key/appraisal-cycle/start}, also Tasklist's "Start process") is
 * a conflict, not a server error: 409 with the message, in the body shape of Camunda's REST errors.
 * Without this the REST API answered 500 and logged a warning with a stack trace. The database's
 * key on {@code siklus_penilaian} is what refuses it (see {@link RegisterAppraisalYearListener}).
 * An expected refusal: one INFO line in the log, no error.
 */
@Component
class AppraisalYearAlreadyOpenRestAnswer implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  static final class Mapper implements ExceptionMapper<AppraisalYearAlreadyOpenException> {

    private static final Logger log = LoggerFactory.getLogger(AppraisalYearAlreadyOpenRestAnswer.class);

    @Override
    public Response toResponse(AppraisalYearAlreadyOpenException e) {
      log.info("Start refused, the year is already open: {}; answered 409", e.getMessage());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", AppraisalYearAlreadyOpenException.class.getSimpleName());
      body.put("message", e.getMessage());
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }
}
