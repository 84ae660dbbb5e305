using System.Security.Cryptography;
using System.Text;

namespace CentralAsiaBri.Data.Seeding;

public static class DataFiles
{
    /// <summary>
    /// SHA-256 over the names and bytes of the data files: the store remembers it, so a start-up re-seeds
    /// exactly when a file changed. A missing file hashes as absent (the reader then reports it).
    /// </summary>
    public static string ComputeHash(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in CsvDataSetReader.FileNames)
        {
            var path = Path.Combine(directory, name);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
                hash.AppendData(bytes);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
