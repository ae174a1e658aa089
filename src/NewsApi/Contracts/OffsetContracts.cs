using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

/// <summary>The unit of every start/end offset in a response, so each client can slice the body natively.</summary>
public enum OffsetUnit
{
    /// <summary>UTF-16 code units: JavaScript, C#, Java string indices.</summary>
    Utf16,

    /// <summary>Unicode code points: Python <c>str</c> indices.</summary>
    CodePoint,

    /// <summary>UTF-8 bytes: Go, Rust and byte-oriented clients.</summary>
    Utf8,
}

/// <summary>Shared by every endpoint that returns offsets into a text.</summary>
public sealed record OffsetsQuery
{
    public const string Utf16 = "utf16";
    public const string CodePoint = "codepoint";
    public const string Utf8 = "utf8";

    [Description("Unit of every start/end offset: utf16 (default; JavaScript, C#, Java), codepoint (Python) or utf8 (bytes; Go, Rust).")]
    [FromQuery(Name = "offsets")]
    public string? Offsets { get; init; }

    /// <summary>The unit asked for; call after validation.</summary>
    public OffsetUnit Unit => Offsets?.ToLowerInvariant() switch
    {
        CodePoint => OffsetUnit.CodePoint,
        Utf8 => OffsetUnit.Utf8,
        _ => OffsetUnit.Utf16,
    };
}
