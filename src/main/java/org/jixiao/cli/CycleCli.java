package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.jixiao.kernel.NotFoundException;
import org.jixiao.kernel.RefusedException;
import org.jixiao.kernel.ValidationException;
import org.jixiao.scorecard.json.ScorecardJson;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the target, monitoring and evidence commands share: run against the database, print the answer as JSON, and
 * turn the application's refusals into one readable message each (exit 1), as the API turns them into 400/404/409.
 */
final class CycleCli {
    private CycleCli() {}

    static int run(CommandSpec spec, Function<ConfigurableApplicationContext, Object> work) {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        return Cli.withApplication(ctx -> {
            try {
                Object answer = work.apply(ctx);
                if (answer != null) out.println(ScorecardJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
                out.flush();
                return Cli.OK;
            } catch (ValidationException e) {
                Cli.printInvalid(err, spec.name(), e);
            } catch (RefusedException e) {
                err.println("jixiao: " + e.zh() + " / " + e.en());
                e.violations().forEach(v -> err.println("  " + v.field() + ": " + v.zh() + " / " + v.en()));
            } catch (NotFoundException e) {
                err.println("jixiao: " + e.zh() + " / " + e.en());
            }
            err.flush();
            return Cli.INVALID;
        });
    }
}
