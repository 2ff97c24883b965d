// finding: F1-return-in-select-try-mode
// seed: 1000063
// expect `drain` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => item Ok(2) close=Ok
// expect `take 0 mid 1 cancel` => item Ok(2) cancel=Ok
// expect `take 0 mid 2 close` => item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => item Ok(2) cancel=Ok
// expect `take 0 mid 3 close` => item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => item Ok(2) cancel=Ok
// expect `take 1 close` => item Ok(2) close=Ok
// expect `take 1 cancel` => item Ok(2) cancel=Ok
// expect `take 1 mid 1 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- gaveup w6- close=Ok
// expect `take 1 mid 1 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- gaveup w6x cancel=Ok
// expect `take 1 mid 2 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- gaveup w6- close=Ok
// expect `take 1 mid 2 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- gaveup w6x cancel=Ok
// expect `take 1 mid 3 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end close=Ok
// expect `take 1 mid 3 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 2 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end close=Ok
// expect `take 2 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 2 mid 1 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 2 mid 2 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 2 mid 3 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 4 mid 5 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 4 mid 3 close` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end close=Ok
// expect `take 6 mid 6 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
// expect `take 7 mid 3 cancel` => item Ok(2) w3- w17x s4 w5- w9x w13x w7- w6- end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    if ctx.ch(1, 0b101, 3) {
        yield_!(Ok(2));
        tokio::select! {
            _ = W::new(&ctx, 3, 0) => {
                ctx.log("s4");
                tokio::select! {
                    _ = W::new(&ctx, 5, 0) => {
                        tokio::join!(W::new(&ctx, 6, 2), W::new(&ctx, 7, 0));
                        ctx.check(8, 0b0, 1)?;
                    }
                    _ = W::new(&ctx, 9, 3) => {
                        W::new(&ctx, 10, 1).await;
                        W::new(&ctx, 11, 1).await;
                        W::new(&ctx, 12, 3).await;
                    }
                    _ = W::new(&ctx, 13, 1) => {
                        tokio::join!(W::new(&ctx, 14, 2), W::new(&ctx, 15, 1));
                        W::new(&ctx, 16, 2).await;
                    }
                }
                return;
            }
            _ = W::new(&ctx, 17, 3), if ctx.ch(18, 0b100, 3) => {
                ctx.log("s19");
            }
        }
    } else {
        ctx.log("s20");
    }
}
