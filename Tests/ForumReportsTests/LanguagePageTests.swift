import ForumModel
import Testing
@testable import ForumReports

/// A trainer's page of the timetable in Kazakh, Russian and English, compared whole with reviewed text
/// (the shared stylesheet is ReportStyle.css): day heading over the daily limit, travel between towns,
/// kinds, counts and durations.
@Suite struct LanguagePageTests {
    static func page(_ language: Language) throws -> String {
        let plan = ReportFixtures.tinyPlan()
        let d = ReportFixtures.d("2026-03-10"), t = ReportFixtures.t
        let schedule = Schedule(
            forumID: "tiny",
            assignments: [
                Assignment(id: OccurrenceID(session: "x"), date: d, start: t("09:00"), end: t("10:30"), room: "r1", trainers: ["a"]),
                Assignment(id: OccurrenceID(session: "y", run: 1), date: d, start: t("11:30"), end: t("12:30"), room: "r3", trainers: ["a", "b"])
            ])
        return try #require(ReportFixtures.pages(plan, schedule, language: language)["trainers/a.html"]).html
    }

    @Test func trainerPageInKazakh() throws {
        #expect(
            try Self.page(.kk) == """
                <!DOCTYPE html>
                <html lang="kk">
                <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="generator" content="forumplan report" /><title>Әсел &lt;b&gt;Абишева&lt;/b&gt; — Өңірлік форум &amp; &quot;Региональный&quot; &lt;forum&gt;</title><style>\(ReportStyle.css)</style></head>
                <body><nav class="top"><a href="../index.html" class="forum">Өңірлік форум &amp; &quot;Региональный&quot; &lt;forum&gt;</a><a href="../index.html#days">Күндер</a><a href="../days/2026-03-10.html">10 нау., сс</a><a href="../index.html#trainers">Тренерлер</a><a href="../index.html#groups">Топтар</a></nav><main><h1>Әсел &lt;b&gt;Абишева&lt;/b&gt;</h1><p class="facts">Күніне ең көбі 2 сағ</p><p class="score">2 сағ 30 мин: 2 іс-шара, 1 күн</p><p class="facts">күн ішінде өтетін орынды ауыстыру: 1 (қалалар арасында: 1); жолда барлығы 0 мин.</p><h2 id="2026-03-10">2026\u{202F}жылғы 10 наурыз, сейсенбі — 2 сағ 30 мин, шегі 2 сағ<span class="bad"> (шектен тыс)</span></h2><p class="facts">Бағыты: Тараз → Taraz</p><table class="list"><thead><tr><th>Уақыты</th><th>Іс-шара</th><th>Түрі</th><th>Аудитория</th><th>Бірге жүргізеді</th><th>Топтар</th><th class="num">Адам саны</th></tr></thead><tbody><tr data-occurrence="x" data-date="2026-03-10" data-start="09:00" data-end="10:30" data-room="r1"><td>09:00–10:30</td><td><span class="legend"><span class="k-workshop">Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;</span></span></td><td>шеберхана</td><td><a href="../days/2026-03-10.html">Кабинет 1 &lt;A&amp;B&gt;, Мектеп №1 (Тараз)</a></td><td></td><td><a href="../groups/g.html">Directors &#39;A&#39; &amp; &lt;B&gt;</a></td><td class="num">60</td></tr><tr class="move"><td></td><td colspan="6">Жол Мектеп №1 (Тараз) → University &#39;Q&#39; (Taraz): 0 мин, іс-шаралар арасында 1 сағ</td></tr><tr data-occurrence="y#1" data-date="2026-03-10" data-start="11:30" data-end="12:30" data-room="r3"><td>11:30–12:30</td><td><span class="legend"><span class="k-lecture">Қазақ тілі / Русский язык</span></span></td><td>дәріс</td><td><a href="../days/2026-03-10.html">Кабинет 3 &lt;A&amp;B&gt;, University &#39;Q&#39; (Taraz)</a></td><td><a href="../trainers/b.html">Berik &amp; Co</a></td><td><a href="../groups/g.html">Directors &#39;A&#39; &amp; &lt;B&gt;</a></td><td class="num">60</td></tr></tbody></table></main></body>

                """)
    }

    @Test func trainerPageInRussian() throws {
        #expect(
            try Self.page(.ru) == """
                <!DOCTYPE html>
                <html lang="ru">
                <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="generator" content="forumplan report" /><title>Әсел &lt;b&gt;Абишева&lt;/b&gt; — Өңірлік форум &amp; &quot;Региональный&quot; &lt;forum&gt;</title><style>\(ReportStyle.css)</style></head>
                <body><nav class="top"><a href="../index.html" class="forum">Өңірлік форум &amp; &quot;Региональный&quot; &lt;forum&gt;</a><a href="../index.html#days">Дни</a><a href="../days/2026-03-10.html">Вт, 10 марта</a><a href="../index.html#trainers">Тренеры</a><a href="../index.html#groups">Группы</a></nav><main><h1>Әсел &lt;b&gt;Абишева&lt;/b&gt;</h1><p class="facts">Не более 2 ч в день</p><p class="score">2 ч 30 мин: 2 мероприятия за 1 день</p><p class="facts">переездов между площадками в течение дня: 1 (между городами: 1); всего в пути 0 мин.</p><h2 id="2026-03-10">вторник, 10 марта 2026\u{202F}г. — 2 ч 30 мин из допустимых 2 ч<span class="bad"> (сверх предела)</span></h2><p class="facts">Маршрут: Тараз → Taraz</p><table class="list"><thead><tr><th>Время</th><th>Мероприятие</th><th>Вид</th><th>Аудитория</th><th>Вместе с</th><th>Группы</th><th class="num">Человек</th></tr></thead><tbody><tr data-occurrence="x" data-date="2026-03-10" data-start="09:00" data-end="10:30" data-room="r1"><td>09:00–10:30</td><td><span class="legend"><span class="k-workshop">Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;</span></span></td><td>семинар-практикум</td><td><a href="../days/2026-03-10.html">Кабинет 1 &lt;A&amp;B&gt;, Мектеп №1 (Тараз)</a></td><td></td><td><a href="../groups/g.html">Directors &#39;A&#39; &amp; &lt;B&gt;</a></td><td class="num">60</td></tr><tr class="move"><td></td><td colspan="6">Переезд Мектеп №1 (Тараз) → University &#39;Q&#39; (Taraz): 0 мин, между мероприятиями 1 ч</td></tr><tr data-occurrence="y#1" data-date="2026-03-10" data-start="11:30" data-end="12:30" data-room="r3"><td>11:30–12:30</td><td><span class="legend"><span class="k-lecture">Қазақ тілі / Русский язык</span></span></td><td>лекция</td><td><a href="../days/2026-03-10.html">Кабинет 3 &lt;A&amp;B&gt;, University &#39;Q&#39; (Taraz)</a></td><td><a href="../trainers/b.html">Berik &amp; Co</a></td><td><a href="../groups/g.html">Directors &#39;A&#39; &amp; &lt;B&gt;</a></td><td class="num">60</td></tr></tbody></table></main></body>

                """)
    }

    @Test func trainerPageInEnglish() throws {
        #expect(
            try Self.page(.en) == """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="generator" content="forumplan report" /><title>Әсел &lt;b&gt;Абишева&lt;/b&gt; — Өңірлік форум &amp; &quot;Региональный&quot; &lt;forum&gt;</title><style>\(ReportStyle.css)</style></head>
                <body><nav class="top"><a href="../index.html" class="forum">Өңірлік форум &amp; &quot;Региональный&quot; &lt;forum&gt;</a><a href="../index.html#days">Days</a><a href="../days/2026-03-10.html">Tue 10 Mar</a><a href="../index.html#trainers">Trainers</a><a href="../index.html#groups">Groups</a></nav><main><h1>Әсел &lt;b&gt;Абишева&lt;/b&gt;</h1><p class="facts">At most 2 hrs a day</p><p class="score">2 hrs 30 min in 2 sessions on 1 day</p><p class="facts">1 change of venue within a day (1 between towns); 0 min of travel in all.</p><h2 id="2026-03-10">Tuesday, 10 March 2026 — 2 hrs 30 min of at most 2 hrs<span class="bad"> (over the limit)</span></h2><p class="facts">Route: Тараз → Taraz</p><table class="list"><thead><tr><th>Time</th><th>Session</th><th>Kind</th><th>Room</th><th>With</th><th>Groups</th><th class="num">People</th></tr></thead><tbody><tr data-occurrence="x" data-date="2026-03-10" data-start="09:00" data-end="10:30" data-room="r1"><td>09:00–10:30</td><td><span class="legend"><span class="k-workshop">Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;</span></span></td><td>workshop</td><td><a href="../days/2026-03-10.html">Кабинет 1 &lt;A&amp;B&gt;, Мектеп №1 (Тараз)</a></td><td></td><td><a href="../groups/g.html">Directors &#39;A&#39; &amp; &lt;B&gt;</a></td><td class="num">60</td></tr><tr class="move"><td></td><td colspan="6">Travel from Мектеп №1 (Тараз) to University &#39;Q&#39; (Taraz): 0 min, 1 hr between the sessions</td></tr><tr data-occurrence="y#1" data-date="2026-03-10" data-start="11:30" data-end="12:30" data-room="r3"><td>11:30–12:30</td><td><span class="legend"><span class="k-lecture">Қазақ тілі / Русский язык</span></span></td><td>lecture</td><td><a href="../days/2026-03-10.html">Кабинет 3 &lt;A&amp;B&gt;, University &#39;Q&#39; (Taraz)</a></td><td><a href="../trainers/b.html">Berik &amp; Co</a></td><td><a href="../groups/g.html">Directors &#39;A&#39; &amp; &lt;B&gt;</a></td><td class="num">60</td></tr></tbody></table></main></body>

                """)
    }
}
