package org.aashray.reports.monthly;

/**
 * A report being written in the background. The page polls it for progress; the file is kept in memory
 * only until the user downloads it or leaves.
 */
public final class ReportJob {

    public enum State { RUNNING, DONE, FAILED }

    private volatile double progress;
    private volatile State state = State.RUNNING;
    private volatile byte[] content;
    private volatile String fileName;
    private volatile String mimeType;

    void progress(double value) {
        this.progress = value;
    }

    void done(byte[] content, String fileName, String mimeType) {
        this.content = content;
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.progress = 1;
        this.state = State.DONE;
    }

    void failed() {
        this.state = State.FAILED;
    }

    public double progress() { return progress; }
    public State state() { return state; }
    public byte[] content() { return content; }
    public String fileName() { return fileName; }
    public String mimeType() { return mimeType; }
}
