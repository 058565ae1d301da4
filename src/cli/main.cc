// kronika: the command-line entry point. Parses the command line with CLI11,
// runs one subcommand and exits with its code. The only place that exits.
#include <unistd.h>

#include <iostream>
#include <map>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace kronika::cli;
  CLI::App app{
      "kronika: reads news articles in the language they were written in (Slovenian, English) and turns them\n"
      "into a chronicle that can be checked: who did what to whom, where, when, and according to whom.\n"
      "Every mention points to its characters in the original text.",
      "kronika"};
  app.require_subcommand(1);
  app.footer(kExitCodesHelp);
  app.set_version_flag("--version", "kronika 0.1.0");
  CommonOptions common;
  std::map<std::string, Runner> runners;
  runners["annotate"] = AddAnnotate(app, common);
  runners["ingest"] = AddIngest(app, common);
  runners["articles"] = AddArticles(app);
  runners["events"] = AddEvents(app);
  runners["show"] = AddShow(app);
  runners["eval"] = AddEval(app, common);
  runners["dict"] = AddDict(app, common);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  for (auto* sub : app.get_subcommands()) {
    auto it = runners.find(sub->get_name());
    if (it != runners.end()) {
      int code = it->second();
      std::cout.flush();
      return code;
    }
  }
  return kExitUsage;
}
