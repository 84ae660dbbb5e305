namespace CentralAsiaBri.Data.Seeding;

/// <summary>One problem in a data file: where it is and what is wrong.</summary>
/// <param name="File">The file name, e.g. <c>projects.csv</c>.</param>
/// <param name="Line">1-based line in the file (the header is line 1); 0 when the file as a whole is at fault.</param>
/// <param name="Column">The column's header name; empty when the problem is not in one column.</param>
/// <param name="Reason">What is wrong, for a maintainer to fix.</param>
public sealed record DataError(string File, int Line, string Column, string Reason)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File} line {Line}" : File;
        return Column.Length > 0 ? $"{where}, column '{Column}': {Reason}" : $"{where}: {Reason}";
    }
}

/// <summary>Thrown when data files are rejected; nothing has been written to the store.</summary>
public sealed class DataValidationException : Exception
{
    private const int MaxErrorsInMessage = 50;

    public DataValidationException(IReadOnlyList<DataError> errors)
        : base(BuildMessage(errors)) => Errors = errors;

    public DataValidationException()
        : this([]) { }

    public DataValidationException(string message)
        : base(message) => Errors = [];

    public DataValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<DataError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<DataError> errors)
    {
        var lines = errors.Take(MaxErrorsInMessage).Select(e => "  " + e);
        var more = errors.Count > MaxErrorsInMessage ? $"{Environment.NewLine}  … and {errors.Count - MaxErrorsInMessage} more" : "";
        return $"The data was rejected with {errors.Count} problem(s); the store was not changed:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + more;
    }
}
