namespace CentralAsiaBri.Web.Admin;

/// <summary>Structured log events of the admin area.</summary>
public static partial class AdminLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed maintainer sign-in for {Name} from {RemoteAddress}")]
    public static partial void SignInFailed(ILogger logger, string name, string? remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Maintainer {Name} signed in")]
    public static partial void SignedIn(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Maintainer {Name} signed out")]
    public static partial void SignedOut(ILogger logger, string name);
}
