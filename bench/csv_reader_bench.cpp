// Google Benchmark for the CSV import path: a generated 1,000,000-row progress export (~60 MB,
// 8 fields, Chinese names, some quoted fields), decoded and parsed from memory.
#include "salestarget/reporting/CsvReader.h"
#include "salestarget/reporting/TextDecoding.h"

#include <QStringEncoder>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>

namespace {

constexpr int kRows = 1'000'000;

QByteArray generateExport(int rows)
{
    static const char *const people[] = {"张伟", "王芳", "李娜", "刘洋", "陈静", "Zhao Lei"};
    static const char *const products[] = {"A产品线", "B产品线", "服务"};
    static const char *const regions[] = {"华东", "华南", "华北", "其他"};
    QByteArray out;
    out.reserve(qsizetype(rows) * 64);
    out += "日期,指标,数值,人员,产品,区域,客户,备注\n";
    char line[256];
    for (int i = 0; i < rows; ++i) {
        const bool quoted = i % 10 == 0; // one row in ten carries a quoted note with a comma
        const int n = std::snprintf(line, sizeof line, "2026-%02d-%02d,sales,%d.%02d,%s,%s,%s,C%06d,%s\n",
                                    i % 12 + 1, i % 28 + 1, int(std::int64_t(i) * 7919 % 100000), i % 100,
                                    people[i % 6], products[i % 3], regions[i % 4], i % 50000,
                                    quoted ? "\"续约, 含税\"" : "ok");
        out.append(line, n);
    }
    return out;
}

const QByteArray &utf8Export()
{
    static const QByteArray data = generateExport(kRows);
    return data;
}

void countRows(benchmark::State &state, const QByteArray &utf8)
{
    qsizetype rows = 0;
    for (auto _ : state) {
        st::CsvReader reader(utf8);
        st::CsvRecord record;
        rows = 0;
        while (reader.next(record))
            ++rows;
        benchmark::DoNotOptimize(rows);
        if (reader.hasError())
            state.SkipWithError("parse error");
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * utf8.size());
    state.counters["rows"] = double(rows);
}

void BM_Parse(benchmark::State &state)
{
    countRows(state, utf8Export());
}

void BM_DecodeUtf8(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(st::TextDecoding::decode(utf8Export()).utf8.size());
    state.SetBytesProcessed(state.iterations() * utf8Export().size());
}

void BM_DecodeGb18030(benchmark::State &state)
{
    const QByteArray gb = QStringEncoder("GB18030").encode(QString::fromUtf8(utf8Export()));
    for (auto _ : state)
        benchmark::DoNotOptimize(st::TextDecoding::decode(gb).utf8.size());
    state.SetBytesProcessed(state.iterations() * gb.size());
}

void BM_DecodeAndParseUtf8Bom(benchmark::State &state)
{
    const QByteArray file = QByteArray("\xEF\xBB\xBF") + utf8Export();
    for (auto _ : state) {
        const st::DecodedText text = st::TextDecoding::decode(file);
        st::CsvReader reader(text.utf8);
        st::CsvRecord record;
        qsizetype rows = 0;
        while (reader.next(record))
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
    state.SetItemsProcessed(state.iterations() * (kRows + 1));
}

} // namespace

BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeGb18030)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeAndParseUtf8Bom)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
