/** The command line behind `./jixiao`: each subcommand is a door onto the same services as the API. */
package org.jixiao.cli;
