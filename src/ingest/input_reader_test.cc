#include "ingest/input_reader.h"

#include <zlib.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kronika {
namespace {

namespace fs = std::filesystem;

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kronika-input-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  void WriteGz(const std::string& name, const std::string& bytes, size_t keep = SIZE_MAX) {
    std::string path = (dir_ / name).string();
    gzFile gz = gzopen(path.c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
    if (keep != SIZE_MAX) fs::resize_file(path, keep);
  }
  void Read(std::vector<std::string> paths, InputOptions opts = {}) {
    InputReader r(
        opts, [&](RawInput&& in) { inputs_.push_back(std::move(in)); },
        [&](Rejection&& rej) { rejections_.push_back(std::move(rej)); });
    r.Read(paths);
  }
  fs::path dir_;
  std::vector<RawInput> inputs_;
  std::vector<Rejection> rejections_;
};

TEST_F(InputReaderTest, FoldersAreReadRecursivelyInSortedOrder) {
  Write("b.txt", "Drugi.");
  Write("a.txt", "Prvi.");
  Write("sub/c.txt", "Tretji.");
  Write(".hidden.txt", "skrito");
  Write("README.md", "# not an article");
  Write("sub/photo.jpg", "\xff\xd8 not an article");
  Read({dir_.string()});
  ASSERT_EQ(inputs_.size(), 3u);
  EXPECT_EQ(inputs_[0].bytes, "Prvi.");
  EXPECT_EQ(inputs_[1].bytes, "Drugi.");
  EXPECT_EQ(inputs_[2].bytes, "Tretji.");
  EXPECT_EQ(inputs_[2].meta.source, (dir_ / "sub/c.txt").string());
  EXPECT_TRUE(rejections_.empty());
}

TEST_F(InputReaderTest, JsonLinesKeepMetadataAndNameBadLines) {
  Write("feed.jsonl",
        "{\"id\": \"x1\", \"text\": \"Ena.\", \"url\": \"https://e.si/1\", \"lang\": \"sl\", \"title\": \"T\","
        " \"published\": \"2024-01-02T03:04:05+01:00\", \"source\": \"Delo\"}\n"
        "\n"
        "{\"text\": 5}\n"
        "{bad json\n"
        "{\"id\": 7, \"text\": \"Dva.\"}\r\n");
  Read({(dir_ / "feed.jsonl").string()});
  ASSERT_EQ(inputs_.size(), 2u);
  EXPECT_EQ(inputs_[0].meta.id, "x1");
  EXPECT_EQ(inputs_[0].meta.url, "https://e.si/1");
  EXPECT_EQ(inputs_[0].meta.lang, "sl");
  EXPECT_EQ(inputs_[0].meta.published, "2024-01-02T03:04:05+01:00");
  EXPECT_EQ(inputs_[0].meta.outlet, "Delo");
  EXPECT_EQ(inputs_[0].meta.source, (dir_ / "feed.jsonl").string() + ":1");
  EXPECT_EQ(inputs_[1].meta.id, "7");
  EXPECT_EQ(inputs_[1].meta.source, (dir_ / "feed.jsonl").string() + ":5");
  ASSERT_EQ(rejections_.size(), 2u);
  EXPECT_EQ(rejections_[0].source, (dir_ / "feed.jsonl").string() + ":3");
  EXPECT_EQ(rejections_[0].problem.code, "missing-text");
  EXPECT_EQ(rejections_[1].source, (dir_ / "feed.jsonl").string() + ":4");
  EXPECT_EQ(rejections_[1].problem.code, "malformed-json");
  EXPECT_NE(rejections_[1].problem.message.find("byte"), std::string::npos);
}

TEST_F(InputReaderTest, GzipIsRecognisedByContent) {
  WriteGz("a.txt.gz", "Stisnjeno besedilo.");
  WriteGz("f.jsonl.gz", "{\"text\": \"A\"}\n{\"text\": \"B\"}\n");
  Read({(dir_ / "a.txt.gz").string(), (dir_ / "f.jsonl.gz").string()});
  ASSERT_EQ(inputs_.size(), 3u);
  EXPECT_EQ(inputs_[0].bytes, "Stisnjeno besedilo.");
  EXPECT_EQ(inputs_[2].bytes, "B");
  EXPECT_TRUE(rejections_.empty());
}

TEST_F(InputReaderTest, TruncatedGzipKeepsCompleteLinesAndIsReported) {
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"text\": \"Vrstica " + std::to_string(i) + " z nekaj besedami.\"}\n";
  WriteGz("t.jsonl.gz", lines, 2000);
  WriteGz("t.txt.gz", lines, 2000);
  Read({(dir_ / "t.jsonl.gz").string(), (dir_ / "t.txt.gz").string()});
  ASSERT_EQ(rejections_.size(), 2u);
  EXPECT_EQ(rejections_[0].problem.code, "truncated-gzip");
  EXPECT_EQ(rejections_[1].problem.code, "truncated-gzip");
  EXPECT_EQ(rejections_[1].source, (dir_ / "t.txt.gz").string());
  EXPECT_GT(inputs_.size(), 10u);  // complete lines before the cut
  EXPECT_LT(inputs_.size(), 2000u);
  for (const auto& in : inputs_) EXPECT_EQ(in.bytes.rfind("Vrstica", 0), 0u) << in.bytes;
}

TEST_F(InputReaderTest, OversizedInputsAndMissingPathsAreRejected) {
  Write("big.txt", std::string(5000, 'a'));
  Write("big.jsonl", "{\"text\": \"" + std::string(20000, 'b') + "\"}\n{\"text\": \"ok\"}\n");
  InputOptions opts;
  opts.max_article_bytes = 4096;
  Read({(dir_ / "big.txt").string(), (dir_ / "big.jsonl").string(), (dir_ / "nope.txt").string()}, opts);
  ASSERT_EQ(inputs_.size(), 1u);
  EXPECT_EQ(inputs_[0].bytes, "ok");
  ASSERT_EQ(rejections_.size(), 3u);
  EXPECT_EQ(rejections_[0].problem.code, "too-large");
  EXPECT_EQ(rejections_[1].problem.code, "too-large");
  EXPECT_EQ(rejections_[1].source, (dir_ / "big.jsonl").string() + ":1");
  EXPECT_EQ(rejections_[2].problem.code, "unreadable");
}

}  // namespace
}  // namespace kronika
