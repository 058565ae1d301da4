#include "core/tsv.h"

#include <gtest/gtest.h>

namespace kronika {
namespace {

TEST(TsvFile, ReadsHeaderRowsAndSkipsComments) {
  auto f = TsvFile::Parse("# comment\nsuffix\treplacement\n\nom\t\n  # indented comment\nju\tj\n", "x.tsv", {"suffix"});
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->rows().size(), 2u);
  EXPECT_EQ(f->get(f->rows()[0], "suffix"), "om");
  EXPECT_EQ(f->get(f->rows()[0], "replacement"), "");
  EXPECT_EQ(f->get(f->rows()[1], "replacement"), "j");
  EXPECT_EQ(f->rows()[1].line, 6);
  EXPECT_EQ(f->where(f->rows()[1]), "x.tsv:6");
}

TEST(TsvFile, MissingRequiredColumnNamesFileAndLine) {
  auto f = TsvFile::Parse("name\tnote\nRusija\tx\n", "c.tsv", {"alpha3"});
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message(), "c.tsv:1: header lacks column 'alpha3'");
}

TEST(TsvFile, EmptyRequiredValueAndTooManyFieldsAreErrors) {
  auto a = TsvFile::Parse("a\tb\n\tx\n", "a.tsv", {"a"});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("a.tsv:2"), std::string::npos);
  auto b = TsvFile::Parse("a\tb\n1\t2\t3\n", "b.tsv", {});
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("b.tsv:2"), std::string::npos);
}

TEST(TsvFile, CrLfLinesAndMissingFile) {
  auto f = TsvFile::Parse("a\r\nx\r\n", "w.tsv", {"a"});
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->get(f->rows()[0], "a"), "x");
  auto m = TsvFile::Read("/nonexistent/file.tsv", {});
  EXPECT_EQ(m.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace kronika
