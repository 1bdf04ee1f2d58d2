namespace CollectionSite.Configuration;

/// <summary>Bad configuration or usage. Its message is one line that names the key and where to fix it; exit code 2.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
