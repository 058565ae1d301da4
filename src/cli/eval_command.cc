// `kronika eval`: runs the pipeline on gold-annotated articles and scores the
// mentions it finds: precision, recall and F1 per type, strict and relaxed
// spans, and how often entity, actor code and lemma agree with the gold.
#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/pipeline_run.h"
#include "eval/gold_reader.h"
#include "pipeline/annotation_json.h"

namespace kronika::cli {
namespace {

std::vector<ScoredMention> FoundMentions(const Article& a) {
  auto j = AnnotationJson(a);
  std::vector<ScoredMention> out;
  for (const auto& m : j["mentions"]) {
    // Links to an antecedent through a pronoun or a verb are not names.
    if (m.value("zero_subject", false) || m.value("pronoun", false)) continue;
    ScoredMention s;
    s.start = m["start"];
    s.end = m["end"];
    s.type = m["type"];
    s.text = m["text"];
    if (m["entity"].is_string()) s.entity = m["entity"];
    if (m["actor"].is_string()) s.actor = m["actor"];
    if (m["lemma"].is_string()) s.lemma = m["lemma"];
    out.push_back(std::move(s));
  }
  return out;
}

void PrintScores(const std::string& title, const MentionScorer& s, size_t docs) {
  fmt::print("{} ({} articles)\n", title, docs);
  fmt::print("  {:<7} {:>6} {:>6} {:>6}   {:>9} {:>9} {:>9}   {:>9} {:>9} {:>9}\n", "type", "tp", "fp", "fn",
             "strict P", "strict R", "strict F1", "relax P", "relax R", "relax F1");
  auto row = [&](const std::string& type, const Counts& c, const Counts& r) {
    fmt::print("  {:<7} {:>6} {:>6} {:>6}   {:>9.3f} {:>9.3f} {:>9.3f}   {:>9.3f} {:>9.3f} {:>9.3f}\n", type, c.tp, c.fp,
               c.fn, c.precision(), c.recall(), c.f1(), r.precision(), r.recall(), r.f1());
  };
  for (const auto& [type, c] : s.strict()) {
    auto it = s.relaxed().find(type);
    row(type, c, it == s.relaxed().end() ? Counts{} : it->second);
  }
  row("all", s.strict_total(), s.relaxed_total());
  auto agree = [](const char* what, const MentionScorer::Agreement& a) {
    if (a.compared) fmt::print("  {} agrees on {} of {} strict matches ({:.1f}%)\n", what, a.equal, a.compared, 100 * a.rate());
  };
  agree("entity", s.entity());
  agree("actor code", s.actor());
  agree("lemma (canonical form = gold lemma)", s.lemma());
}

}  // namespace

Runner AddEval(CLI::App& app, CommonOptions& common) {
  struct Options {
    std::vector<std::string> gold;
    bool json = false;
    int examples = 0;
    int threads = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "eval",
      "Score the mentions kronika finds against gold annotations. GOLD is a *.expected.json file with\n"
      "\"mentions\" (our format, as in tests/golden/ and ../shared/samples/), a folder of them (recursive), or a\n"
      "folder with raw/<id>.txt and gold/<id>.tsv (start end surface lemma type id: the dev set of\n"
      "../shared/dev/, names only: PER, LOC and ORG are scored). Prints precision, recall and F1 per type for\n"
      "strict spans (same start, end, type) and relaxed spans (overlap, same type), and how often entity,\n"
      "actor code and lemma agree on strict matches. Gold files with \"events\" also score the coded events\n"
      "(same source and target actor, an accepted CAMEO root or code, an accepted modality).");
  sub->add_option("gold", o->gold, "gold files or folders")->required();
  sub->add_flag("--json", o->json, "print the scores as one JSON object");
  sub->add_option("--examples", o->examples, "also print this many missed and extra mentions");
  sub->add_option("-j,--threads", o->threads, "worker threads (default: number of cores)");
  sub->add_option("--data", common.data_dir, "language data folder (default: $KRONIKA_DATA or the built-in one)");
  sub->footer(kExitCodesHelp);
  return [o, &common]() -> int {
    std::vector<std::string> problems;
    std::vector<GoldDoc> docs;
    for (const auto& g : o->gold) {
      auto d = ReadGold(g, &problems);
      for (auto& x : d) docs.push_back(std::move(x));
    }
    for (const auto& p : problems) fmt::print(stderr, "kronika: {}\n", p);
    if (docs.empty()) {
      fmt::print(stderr, "kronika: no gold mentions found in {}\n", fmt::join(o->gold, ", "));
      return kExitRejected;
    }
    auto pipeline = LoadPipelineOrReport(common.data_dir);
    if (!pipeline) return kExitFailure;
    std::vector<RawInput> inputs;
    for (const auto& d : docs) {
      RawInput in;
      in.bytes = d.text;
      in.meta.source = d.name;
      in.meta.lang = d.lang;
      inputs.push_back(std::move(in));
    }
    MentionScorer names({"PER", "LOC", "ORG"});
    EventScorer events;
    size_t n_events = 0;
    MentionScorer actors({"PER", "LOC", "ORG", "TITLE", "GROUP"});
    size_t n_names = 0, n_actors = 0;
    int threads = o->threads > 0 ? o->threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    ParallelRunner runner(*pipeline, threads, {});
    runner.RunInputs(std::move(inputs), [&](Outcome&& out) {
      const GoldDoc& d = docs[out.seq];
      if (!out.article) {
        fmt::print(stderr, "kronika: {}: rejected: {}\n", d.name, out.rejection.problem.message);
        return;
      }
      if (d.has_events) {
        std::vector<FoundEvent> fe;
        for (const Event& e : out.article->events) fe.push_back({e.source.actor, e.target.actor, e.cameo, e.modality});
        events.Add(d.events, fe);
        ++n_events;
      }
      if (!d.has_mentions) return;
      auto found = FoundMentions(*out.article);
      if (d.names_only) {
        names.Add(d.mentions, found);
        ++n_names;
      } else {
        actors.Add(d.mentions, found);
        ++n_actors;
      }
    });
    if (o->json) {
      nlohmann::ordered_json j;
      if (n_names) j["names"] = names.ToJson(), j["names"]["articles"] = n_names;
      if (n_actors) j["actors"] = actors.ToJson(), j["actors"]["articles"] = n_actors;
      if (n_events) j["events"] = events.ToJson(), j["events"]["articles"] = n_events;
      fmt::print("{}\n", j.dump(1));
    } else {
      if (n_names) PrintScores("names (PER, LOC, ORG) against name-only gold", names, n_names);
      if (n_actors) PrintScores("actor mentions (PER, LOC, ORG, TITLE, GROUP) against our gold", actors, n_actors);
      if (n_events) {
        fmt::print("events ({} articles; a match: same source and target actor, an accepted CAMEO root, an accepted modality)\n",
                   n_events);
        auto row = [](const char* what, const Counts& c) {
          fmt::print("  {:<8} tp {:>4}  fp {:>4}  fn {:>4}   P {:.3f}  R {:.3f}  F1 {:.3f}\n", what, c.tp, c.fp, c.fn,
                     c.precision(), c.recall(), c.f1());
        };
        row("by root", events.root());
        row("by code", events.code());
        fmt::print("  required gold events found: {} of {}\n", events.required_found(), events.required());
      }
    }
    for (const auto* s : {&names, &actors}) {
      for (int i = 0; i < o->examples && i < static_cast<int>(s->examples().size()); ++i) {
        fmt::print("  {}\n", s->examples()[i]);
      }
    }
    return problems.empty() ? kExitOk : kExitRejected;
  };
}

}  // namespace kronika::cli
