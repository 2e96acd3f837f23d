package org.agora.web.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form posted from a page whose state the server no longer has (the session ended, or the post was forged by
 * another site, which cannot know the state) is not acted on: the browser is sent to a fresh copy of the page.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                Throwable failure = queued.next().getContext().getException();
                if (failure instanceof ViewExpiredException) {
                    queued.remove();
                    reloadPage();
                }
            }
            getWrapped().handle();
        }

        private static void reloadPage() {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            try {
                external.redirect(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
