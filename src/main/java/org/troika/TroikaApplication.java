package org.troika;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.troika.cli.TroikaCli;

/** The Spring application; {@link #main} hands the command line to the CLI, which starts Spring when a command needs it. */
@SpringBootApplication
public class TroikaApplication {

    public static void main(String[] args) {
        System.exit(TroikaCli.run(args));
    }
}
