package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Drops each batch as a pair of files, {@code <batch>.json} and {@code <batch>.csv}, into a configured folder
 * ({@code tdkt.national-export.drop-folder}). Each file is written to a temporary name in the same folder and then
 * moved into place in one step, so a reader of the folder never sees half a file; the JSON file comes last, so its
 * presence means the pair is complete. If the second file cannot be placed, the first is removed.
 */
@Component
class FileDropTransport implements ExportTransport {

  static final String NAME = "file-drop";

  private final Path folder;

  FileDropTransport(@Value("${tdkt.national-export.drop-folder:./data/national-export}") String folder) {
    this.folder = Path.of(folder);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String deliver(Batch batch, boolean resend) {
    try {
      Files.createDirectories(folder);
      Path csv = folder.resolve(batch.batchRef() + ".csv");
      Path json = folder.resolve(batch.batchRef() + ".json");
      place(csv, batch.csv());
      try {
        place(json, batch.json());
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(csv);
        throw e;
      }
      return json.toAbsolutePath().normalize().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Không ghi được tệp xuất dữ liệu vào thư mục " + folder, e);
    }
  }

  private void place(Path target, byte[] content) throws IOException {
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, content);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
