package eu.cohesion.practice.domain.opendata;

/** The two files each open dataset is exported as. */
public enum OpenDataFormat {
  CSV("csv", "text/csv"),
  JSON("json", "application/json");

  private final String extension;
  private final String mediaType;

  OpenDataFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name ending, also the data package's {@code format}. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
