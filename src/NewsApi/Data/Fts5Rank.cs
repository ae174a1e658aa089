using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsApi.Data;

/// <summary>
/// FTS5's <c>bm25()</c> as an auxiliary function of our own, <c>newsapi_bm25(articles_fts, sz, weight…)</c>, that reads
/// a row's length in tokens from its <c>articles_fts_docsize</c> blob (<c>sz</c>, joined by the ranking statement)
/// instead of asking FTS5's <c>xColumnSize</c>, which runs a statement of its own for every matching row: that lookup
/// was most of a search's ranking time. Everything else is fts5Bm25Function (sqlite/ext/fts5/fts5_aux.c) step for
/// step, in the same double arithmetic, so the scores are the ones <c>bm25(articles_fts, weight…)</c> gives, bit for
/// bit, and the order they rank in is the same. Registered once per native connection.
/// </summary>
internal static unsafe partial class Fts5Rank
{
    /// <summary>The function's name in SQL.</summary>
    public const string Function = "newsapi_bm25";

    private const int Ok = 0;
    private const double K1 = 1.2, B = 0.75;

    private static readonly ConditionalWeakTable<sqlite3, object> Registered = [];
    private static readonly object Marker = new();

    /// <summary>Where the function puts each row's (score, rowid) while <see cref="Collect"/> runs on this thread.</summary>
    [ThreadStatic]
    private static List<(double Score, long Id)>? t_scores;

    /// <summary>
    /// Runs <paramref name="scan"/>, which steps a statement calling the function, and returns every row's score and
    /// rowid as the function saw them: reading them back as result columns cost more than computing them.
    /// </summary>
    public static List<(double Score, long Id)> Collect(Action scan)
    {
        var scores = new List<(double Score, long Id)>();
        t_scores = scores;
        try
        {
            scan();
        }
        finally
        {
            t_scores = null;
        }

        return scores;
    }

    /// <summary>Registers the function on the connection's native handle unless it is there already.</summary>
    public static void Register(SqliteConnection connection)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (Registered.TryGetValue(db, out _))
        {
            return;
        }

        // fts5_api: int iVersion, then xCreateTokenizer, xFindTokenizer, xCreateFunction.
        var api = Api(db);
        var create = (delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int>)((IntPtr*)api)[3];
        fixed (byte* name = "newsapi_bm25\0"u8)
        {
            var rc = create(api, name, IntPtr.Zero, &Bm25, IntPtr.Zero);
            if (rc != Ok)
            {
                throw new InvalidOperationException($"FTS5 refused the ranking function ({rc}).");
            }
        }

        Registered.AddOrUpdate(db, Marker);
    }

    /// <summary>The connection's fts5_api, handed out by <c>SELECT fts5(?1)</c> with a pointer bound (sqlite.org/fts5.html, section 7.1).</summary>
    private static IntPtr Api(sqlite3 db)
    {
        if (raw.sqlite3_prepare_v2(db, "SELECT fts5(?1);", out var statement) != Ok)
        {
            throw new InvalidOperationException("This SQLite has no FTS5.");
        }

        using (statement)
        {
            IntPtr api = 0;
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                if (BindPointer(statement.DangerousGetHandle(), 1, &api, type, IntPtr.Zero) != Ok)
                {
                    throw new InvalidOperationException("SQLite refused the fts5_api pointer.");
                }

                raw.sqlite3_step(statement);
            }

            return api != 0 ? api : throw new InvalidOperationException("This SQLite has no FTS5.");
        }
    }

    // Fts5ExtensionApi: int iVersion, then one function pointer each, in this order.
    private const int XRowCount = 3, XColumnTotalSize = 4, XPhraseCount = 6, XInstCount = 8, XInst = 9, XRowid = 10, XQueryPhrase = 13, XSetAuxdata = 14, XGetAuxdata = 15;

    /// <summary>
    /// fts5Bm25Function with the row's size from the first argument: per query (kept as FTS5 auxiliary data) the
    /// average row size and each phrase's IDF; per row each phrase's instances weighted by column.
    /// </summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bm25(IntPtr api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        var f = (IntPtr*)api;
        var data = (double*)((delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, IntPtr>)f[XGetAuxdata])(fts, 0);
        var rc = Ok;
        if (data == null && (rc = QueryData(f, fts, out data)) != Ok)
        {
            ResultErrorCode(context, rc);
            return;
        }

        // data: phrase count, average row size, each phrase's IDF, then each phrase's frequency in this row.
        var phrases = (int)data[0];
        var idf = data + 2;
        var frequency = idf + phrases;
        new Span<double>(frequency, phrases).Clear();
        double titleWeight = count > 1 ? ValueDouble(values[1]) : 1.0, bodyWeight = count > 2 ? ValueDouble(values[2]) : 1.0;
        int instances;
        rc = ((delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int*, int>)f[XInstCount])(fts, &instances);
        for (var i = 0; rc == Ok && i < instances; i++)
        {
            int phrase, column, offset;
            rc = ((delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int*, int*, int*, int>)f[XInst])(fts, i, &phrase, &column, &offset);
            if (rc == Ok)
            {
                frequency[phrase] += column switch { 0 => titleWeight, 1 => bodyWeight, _ => count - 1 > column ? ValueDouble(values[1 + column]) : 1.0 };
            }
        }

        if (rc != Ok)
        {
            ResultErrorCode(context, rc);
            return;
        }

        double d = TokenCount(values[0]), score = 0.0;
        for (var i = 0; i < phrases; i++)
        {
            score += idf[i] * ((frequency[i] * (K1 + 1.0)) / (frequency[i] + (K1 * (1 - B + (B * d / data[1])))));
        }

        score = -1.0 * score;
        t_scores?.Add((score, ((delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, long>)f[XRowid])(fts)));
        ResultDouble(context, score);
    }

    /// <summary>fts5Bm25GetData: the average row size and each phrase's IDF, kept with the query as its auxiliary data.</summary>
    private static int QueryData(IntPtr* f, IntPtr fts, out double* data)
    {
        data = null;
        var phrases = ((delegate* unmanaged[Cdecl]<IntPtr, int>)f[XPhraseCount])(fts);
        var p = (double*)NativeMemory.AllocZeroed((nuint)(2 + (2 * phrases)), sizeof(double));
        long rows, tokens;
        var rc = ((delegate* unmanaged[Cdecl]<IntPtr, long*, int>)f[XRowCount])(fts, &rows);
        if (rc == Ok)
        {
            rc = ((delegate* unmanaged[Cdecl]<IntPtr, int, long*, int>)f[XColumnTotalSize])(fts, -1, &tokens);
            p[0] = phrases;
            p[1] = (double)tokens / (double)rows;
        }

        for (var i = 0; rc == Ok && i < phrases; i++)
        {
            long hits = 0;
            rc = ((delegate* unmanaged[Cdecl]<IntPtr, int, IntPtr, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int>, int>)f[XQueryPhrase])(fts, i, (IntPtr)(&hits), &CountRow);
            if (rc == Ok)
            {
                var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
                p[2 + i] = idf <= 0.0 ? 1e-6 : idf;
            }
        }

        if (rc == Ok)
        {
            // FTS5 frees the data with the query (or at once when it cannot keep it).
            rc = ((delegate* unmanaged[Cdecl]<IntPtr, IntPtr, delegate* unmanaged[Cdecl]<IntPtr, void>, int>)f[XSetAuxdata])(fts, (IntPtr)p, &Free);
            data = rc == Ok ? p : null;
            return rc;
        }

        NativeMemory.Free(p);
        return rc;
    }

    /// <summary>fts5CountCb: counts the rows xQueryPhrase visits.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int CountRow(IntPtr api, IntPtr fts, IntPtr hits)
    {
        (*(long*)hits)++;
        return Ok;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(IntPtr data) => NativeMemory.Free((void*)data);

    /// <summary>The sum of the column sizes in a docsize blob: one SQLite varint a column, as xColumnSize(-1) adds them.</summary>
    private static int TokenCount(IntPtr value)
    {
        var bytes = (byte*)ValueBlob(value);
        var length = ValueBytes(value);
        int total = 0, at = 0;
        while (at < length)
        {
            ulong v = 0;
            var done = false;
            for (var i = 0; i < 8 && at < length && !done; i++)
            {
                var b = bytes[at++];
                v = (v << 7) | (uint)(b & 0x7F);
                done = (b & 0x80) == 0;
            }

            if (!done && at < length)
            {
                v = (v << 8) | bytes[at++];
            }

            total += (int)v;
        }

        return total;
    }

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_pointer")]
    private static partial int BindPointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_value_double")]
    [SuppressGCTransition]
    private static partial double ValueDouble(IntPtr value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_value_blob")]
    [SuppressGCTransition]
    private static partial IntPtr ValueBlob(IntPtr value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_value_bytes")]
    [SuppressGCTransition]
    private static partial int ValueBytes(IntPtr value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_result_double")]
    [SuppressGCTransition]
    private static partial void ResultDouble(IntPtr context, double value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_result_error_code")]
    private static partial void ResultErrorCode(IntPtr context, int code);
}
